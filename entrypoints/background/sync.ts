import { browser } from 'wxt/browser';
import { library } from '../../core/library/instance';
import { handleMessages, isFromExtensionPage, type SyncToBackground } from '../../core/messaging';
import {
  accountProblem,
  accountToKeep,
  originPattern,
  SYNC_ACCOUNT_KEY,
  SYNC_OFF,
  SYNC_STATUS_KEY,
  type SyncAccount,
  type SyncStatus,
  usesSession,
} from '../../core/sync/account';
import { checkServer, createDatabase, logIn, logOut } from './sync-server';
import { SyncEngine } from './sync-engine';
import { traceFailure } from './trace';

/** Wakes the background now and then (when the alarms permission was given) to pick sync up again. */
const ALARM = 'lectern-sync';

let status: SyncStatus = SYNC_OFF;
let writing = Promise.resolve();

function report(change: Partial<SyncStatus>): void {
  status = { ...status, ...change };
  const snapshot = status;
  writing = writing
    .then(() => browser.storage.local.set({ [SYNC_STATUS_KEY]: snapshot }))
    .catch(traceFailure('saving the sync status'));
}

const engine = new SyncEngine(library(), report);

async function storedAccount(): Promise<SyncAccount | null> {
  const account = (await browser.storage.local.get(SYNC_ACCOUNT_KEY))[SYNC_ACCOUNT_KEY] as
    SyncAccount | undefined;
  return account && !accountProblem(account) ? account : null;
}

const mayReach = (account: SyncAccount) =>
  browser.permissions.contains({ origins: [originPattern(account)] }).catch(() => false);

/** Checks the server, then syncs; a problem stops here and is shown in words. */
async function begin(account: SyncAccount): Promise<SyncStatus> {
  if (!(await mayReach(account))) {
    await engine.stop();
    report({ state: 'error', problem: 'no-permission' });
    return status;
  }
  report({ state: 'syncing', problem: null });
  const problem = await checkServer(account);
  if (problem) {
    await engine.stop();
    report({ state: 'error', problem });
    return status;
  }
  engine.start(account);
  return status;
}

async function resume(): Promise<void> {
  const stored = (await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as
    SyncStatus | undefined;
  if (stored) status = { ...SYNC_OFF, ...stored };
  const account = await storedAccount();
  if (!account || engine.isRunning) return;
  await begin(account);
}

/**
 * A session login: logs in with the password just typed (never kept), then syncs with the server's cookie.
 * A login the server refuses is told as a wrong password, and the account waits for the next one.
 */
async function logInAndBegin(account: SyncAccount, password: string): Promise<SyncStatus> {
  if (!(await mayReach(account))) {
    report({ state: 'error', problem: 'no-permission' });
    return status;
  }
  report({ state: 'syncing', problem: null });
  const problem = await logIn(account, password);
  if (problem) {
    report({ state: 'error', problem });
    return status;
  }
  return begin(account);
}

async function stop(): Promise<SyncStatus> {
  const account = await storedAccount();
  await engine.stop(true);
  if (account) await logOut(account);
  await browser.storage.local.remove(SYNC_ACCOUNT_KEY);
  await browser.alarms?.clear(ALARM).catch(() => false);
  if (account) await browser.permissions.remove({ origins: [originPattern(account)] }).catch(() => false);
  status = SYNC_OFF;
  report({});
  return status;
}

function isAccount(value: unknown): value is SyncAccount {
  const v = value as Record<string, unknown> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    ['server', 'database', 'username', 'password'].every(
      (key) => typeof v[key] === 'string' && (v[key] as string).length <= 2000,
    ) &&
    (v['login'] === undefined || v['login'] === 'password' || v['login'] === 'session') &&
    accountProblem(v as unknown as SyncAccount) === null
  );
}

/**
 * The background's part in sync: the options page's buttons, and the sync itself, which starts again
 * whenever the background starts (a browser restart, a service worker woken) from its checkpoints.
 */
export function startSync(): void {
  handleMessages<SyncToBackground>(
    {
      startSync: async (account) => {
        if (!isAccount(account)) return { ...status, state: 'error', problem: 'failed' };
        const clean = { ...account, server: account.server.trim(), database: account.database.trim() };
        await engine.stop(true);
        // Credentials stay in local storage only; a session login's password is not kept at all.
        const kept = accountToKeep(clean);
        await browser.storage.local.set({ [SYNC_ACCOUNT_KEY]: kept });
        status = { ...SYNC_OFF };
        if (browser.alarms) await browser.alarms.create(ALARM, { periodInMinutes: 1 });
        return usesSession(kept) ? logInAndBegin(kept, clean.password) : begin(kept);
      },
      logInToSync: async (data) => {
        const password = (data as { password?: unknown } | undefined)?.password;
        const account = await storedAccount();
        if (!account || !usesSession(account) || typeof password !== 'string' || password.length > 2000)
          return status;
        await engine.stop();
        return logInAndBegin(account, password);
      },
      syncNow: async () => {
        const account = await storedAccount();
        if (!account) return status;
        await engine.stop();
        return begin(account);
      },
      createSyncDatabase: async () => {
        const account = await storedAccount();
        if (!account) return status;
        const problem = await createDatabase(account);
        if (problem) {
          report({ state: 'error', problem });
          return status;
        }
        return begin(account);
      },
      stopSync: stop,
    },
    isFromExtensionPage,
  );
  // PouchDB's replicator leaves a request it had in flight unhandled when the server goes away mid-batch
  // (seen with the server stopped mid-sync, tests/e2e/sync.test.ts); the replication reports the same
  // failure through its 'paused' event and retries with back-off, so only that rejection is let go.
  addEventListener('unhandledrejection', (event) => {
    const reason = (event as PromiseRejectionEvent).reason as unknown;
    if (engine.isRunning && reason instanceof TypeError && reason.message === 'Failed to fetch')
      event.preventDefault();
  });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void resume().catch(traceFailure('resuming sync'));
  });
  void resume().catch(traceFailure('resuming sync'));
}
