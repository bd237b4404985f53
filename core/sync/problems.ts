import type { SyncProblem } from './account';

/**
 * What a CouchDB-protocol server answered, turned into the problem a user is told about. PouchDB's errors
 * carry the HTTP status and CouchDB's `error`/`reason`; a network failure has neither.
 */
export function problemOf(error: unknown): SyncProblem {
  const e = (error ?? {}) as {
    status?: number;
    name?: string;
    error?: string;
    reason?: string;
    message?: string;
  };
  const words = `${e.name ?? ''} ${e.error ?? ''} ${e.reason ?? ''} ${e.message ?? ''}`.toLowerCase();
  if (e.name === 'QuotaExceededError' || /quota|too large|insufficient storage/.test(words)) return 'quota';
  if (e.status === 401) return 'wrong-password';
  if (e.status === 403) return 'forbidden';
  if (e.status === 413 || e.status === 507) return 'quota';
  if (e.status === 404 && /no_db_file|database does not exist|missing/.test(words)) return 'database-missing';
  if (e.status === 404) return 'not-couchdb';
  if (!e.status || /failed to fetch|networkerror|network error|unreachable|econnrefused/.test(words))
    return 'unreachable';
  return 'failed';
}

/**
 * Whether a server's welcome (its answer at `/`) is a CouchDB-compatible one: Apache CouchDB and Cloudant
 * say `{"couchdb": "Welcome"}`, PouchDB Server `{"express-pouchdb": "Welcome!"}`.
 */
export function isCouchWelcome(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const welcome = body as Record<string, unknown>;
  return typeof welcome['couchdb'] === 'string' || typeof welcome['express-pouchdb'] === 'string';
}

/** What the server's welcome (its answer at `/`) says, before the database is looked at. */
export function welcomeProblem(status: number, body: unknown): SyncProblem | null {
  if (status === 401) return 'wrong-password';
  if (status === 403) return 'forbidden';
  return isCouchWelcome(body) ? null : 'not-couchdb';
}

/** What the answer for the database (`GET /<database>`) says: null when it is there and may be read. */
export function databaseProblem(status: number, body: unknown): SyncProblem | null {
  if (status === 200) return null;
  if (status === 404) return 'database-missing';
  return problemOf({ status, ...(typeof body === 'object' && body !== null ? body : {}) });
}

/**
 * What the answer to a login (`POST /_session`) says: null when the server took the name and password and
 * set its session cookie. A server without `/_session` is no CouchDB-compatible one.
 */
export function sessionProblem(status: number, body: unknown): SyncProblem | null {
  const answer = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null;
  if (status === 200 && answer?.['ok'] === true) return null;
  if (status === 401) return 'wrong-password';
  if (status === 404 || status === 405 || !answer) return 'not-couchdb';
  return problemOf({ status, ...answer });
}
