import {
  databaseUrl,
  problemFor,
  serverUrl,
  usesSession,
  type SyncAccount,
  type SyncProblem,
} from '../../core/sync/account';
import { databaseProblem, sessionProblem, welcomeProblem } from '../../core/sync/problems';

export function authHeaders(account: SyncAccount): Record<string, string> {
  if (!account.username || usesSession(account)) return {};
  const pair = new TextEncoder().encode(`${account.username}:${account.password}`);
  return { Authorization: `Basic ${btoa(String.fromCharCode(...pair))}` };
}

/**
 * One request to the server as the account signs in: the Basic header, or (a session login) the server's
 * own cookie, which the browser sends because the extension has site access to that host. PouchDB's
 * replicator sends its requests with credentials too, so the cookie reaches the server from both.
 */
async function ask(url: string, account: SyncAccount, method = 'GET', json?: unknown) {
  const response = await fetch(url, {
    method,
    headers: { ...authHeaders(account), ...(json ? { 'Content-Type': 'application/json' } : {}) },
    credentials: usesSession(account) ? 'include' : 'omit',
    ...(json ? { body: JSON.stringify(json) } : {}),
  });
  const body: unknown = await response.json().catch(() => null);
  return { status: response.status, body };
}

const sessionUrl = (account: SyncAccount) => `${serverUrl(account.server)!.href.replace(/\/$/, '')}/_session`;

/**
 * Logs in with CouchDB's `/_session`: the server answers with its `AuthSession` cookie, which the browser
 * keeps for the server's host; the password is used for this request only and kept nowhere.
 */
export async function logIn(account: SyncAccount, password: string): Promise<SyncProblem | null> {
  try {
    const { status, body } = await ask(sessionUrl(account), account, 'POST', {
      name: account.username,
      password,
    });
    return sessionProblem(status, body);
  } catch (error) {
    if (error instanceof TypeError) return 'unreachable';
    throw error;
  }
}

/** Ends the session login on the server (its cookie is cleared); a server out of reach is no matter here. */
export async function logOut(account: SyncAccount): Promise<void> {
  if (!usesSession(account)) return;
  await ask(sessionUrl(account), account, 'DELETE').catch(() => undefined);
}

/**
 * Looks at the server before syncing, so that a problem is told in words rather than as a replication
 * that retries for ever: is it there, does it speak CouchDB, do the credentials work, is the database there.
 */
export async function checkServer(account: SyncAccount): Promise<SyncProblem | null> {
  try {
    const welcome = await ask(serverUrl(account.server)!.href, account);
    const problem = welcomeProblem(welcome.status, welcome.body);
    if (problem) return problemFor(account, problem);
    const database = await ask(databaseUrl(account), account);
    const missing = databaseProblem(database.status, database.body);
    return missing && problemFor(account, missing);
  } catch (error) {
    // fetch rejects only when no answer came: refused, no such host, no route, or blocked.
    if (error instanceof TypeError) return 'unreachable';
    throw error;
  }
}

/** Creates the account's database; a database someone created in between is fine too. */
export async function createDatabase(account: SyncAccount): Promise<SyncProblem | null> {
  try {
    const { status, body } = await ask(databaseUrl(account), account, 'PUT');
    if (status === 201 || status === 202 || status === 412) return null;
    return problemFor(account, databaseProblem(status === 404 ? 500 : status, body)!);
  } catch (error) {
    if (error instanceof TypeError) return 'unreachable';
    throw error;
  }
}
