import { databaseUrl, serverUrl, type SyncAccount, type SyncProblem } from '../../core/sync/account';
import { databaseProblem, welcomeProblem } from '../../core/sync/problems';

export function authHeaders(account: SyncAccount): Record<string, string> {
  if (!account.username) return {};
  const pair = new TextEncoder().encode(`${account.username}:${account.password}`);
  return { Authorization: `Basic ${btoa(String.fromCharCode(...pair))}` };
}

async function ask(url: string, account: SyncAccount, method = 'GET') {
  const response = await fetch(url, { method, headers: authHeaders(account), credentials: 'omit' });
  const body: unknown = await response.json().catch(() => null);
  return { status: response.status, body };
}

/**
 * Looks at the server before syncing, so that a problem is told in words rather than as a replication
 * that retries for ever: is it there, does it speak CouchDB, do the credentials work, is the database there.
 */
export async function checkServer(account: SyncAccount): Promise<SyncProblem | null> {
  try {
    const welcome = await ask(serverUrl(account.server)!.href, account);
    const problem = welcomeProblem(welcome.status, welcome.body);
    if (problem) return problem;
    const database = await ask(databaseUrl(account), account);
    return databaseProblem(database.status, database.body);
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
    return databaseProblem(status === 404 ? 500 : status, body);
  } catch (error) {
    if (error instanceof TypeError) return 'unreachable';
    throw error;
  }
}
