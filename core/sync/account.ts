/**
 * How Lectern signs in to the server: with the user name and password on every request (HTTP Basic), or by
 * logging in once through CouchDB's `/_session`, after which the browser sends the server's `AuthSession`
 * cookie and the password is not kept.
 */
export type SyncLogin = 'password' | 'session';

/** Where the reading list syncs: kept in the extension's local storage only (never synced, never exported). */
export interface SyncAccount {
  /** The server's address, e.g. `https://couch.example.org:6984` (no database, no credentials). */
  server: string;
  database: string;
  username: string;
  /** Empty for a session login once it has logged in: only the server's cookie stays. */
  password: string;
  /** Absent in accounts kept before session logins existed: those sign in with the password. */
  login?: SyncLogin;
}

export const SYNC_ACCOUNT_KEY = 'syncAccount';
export const SYNC_STATUS_KEY = 'syncStatus';

/** A CouchDB database name: lower-case letter first, then lower-case letters, digits and `_$()+-/`. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

export type AccountProblem = 'server' | 'database';

/** The server's address as an origin and path without a trailing slash, or null when it is no http(s) URL. */
export function serverUrl(input: string): URL | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url;
}

/** The first field of an account as typed that cannot be used, or null. */
export function accountProblem(account: Pick<SyncAccount, 'server' | 'database'>): AccountProblem | null {
  if (!serverUrl(account.server)) return 'server';
  if (!DATABASE_NAME.test(account.database.trim())) return 'database';
  return null;
}

export const usesSession = (account: Pick<SyncAccount, 'login'>): boolean => account.login === 'session';

/** What is kept in local storage for an account: for a session login, everything but the password. */
export function accountToKeep(account: SyncAccount): SyncAccount {
  return usesSession(account) ? { ...account, password: '' } : account;
}

/**
 * A refusal, told for this account. With a session login the password was right when the user typed it
 * (the login would have failed otherwise), so a later refusal means the server ended the login.
 */
export function problemFor(account: Pick<SyncAccount, 'login'>, problem: SyncProblem): SyncProblem {
  return usesSession(account) && problem === 'wrong-password' ? 'session-ended' : problem;
}

/** The address of the account's database. */
export function databaseUrl(account: SyncAccount): string {
  const base = serverUrl(account.server)!.href.replace(/\/$/, '');
  return `${base}/${encodeURIComponent(account.database.trim())}`;
}

/**
 * The host permission sync needs: the server's host alone. Without its port: Firefox's match patterns
 * take none, and Chromium's match every port when none is given.
 */
export function originPattern(account: Pick<SyncAccount, 'server'>): string {
  const url = serverUrl(account.server)!;
  return `${url.protocol}//${url.hostname}/*`;
}

/** What the options page shows under "Last sync". */
export interface SyncStatus {
  state: 'off' | 'syncing' | 'idle' | 'paused' | 'error';
  /** When the last sync finished well, epoch ms. */
  lastSyncAt: number | null;
  problem: SyncProblem | null;
  /** Documents written by the current or last run, both ways. */
  written: number;
  /** Documents the server still has to send, when it says so. */
  pending: number | null;
}

/** Why a sync failed, in terms the options page turns into words. */
export type SyncProblem =
  | 'wrong-password'
  | 'session-ended'
  | 'forbidden'
  | 'unreachable'
  | 'database-missing'
  | 'quota'
  | 'not-couchdb'
  | 'no-permission'
  | 'failed';

export const SYNC_OFF: SyncStatus = {
  state: 'off',
  lastSyncAt: null,
  problem: null,
  written: 0,
  pending: null,
};
