import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../core/i18n';
import { sendToBackground } from '../../core/messaging';
import {
  accountProblem,
  originPattern,
  serverUrl,
  SYNC_ACCOUNT_KEY,
  SYNC_OFF,
  SYNC_STATUS_KEY,
  type SyncAccount,
  type SyncLogin,
  type SyncProblem,
  type SyncStatus,
  usesSession,
} from '../../core/sync/account';
import { Choice, Section } from './fields';

const PROBLEMS: Record<SyncProblem, MessageKey> = {
  'wrong-password': 'syncProblemWrongPassword',
  'session-ended': 'syncProblemSessionEnded',
  forbidden: 'syncProblemForbidden',
  unreachable: 'syncProblemUnreachable',
  'database-missing': 'syncProblemDatabaseMissing',
  quota: 'syncProblemQuota',
  'not-couchdb': 'syncProblemNotCouchdb',
  'no-permission': 'syncProblemNoPermission',
  failed: 'syncProblemFailed',
};

/**
 * What turning sync on asks for: the server's host, and `alarms` where the manifest offers it (not in
 * Firefox, see wxt.config.ts).
 */
function syncAccess(account: Pick<SyncAccount, 'server'>) {
  const optional = browser.runtime.getManifest().optional_permissions ?? [];
  return {
    origins: [originPattern(account)],
    ...(optional.includes('alarms') ? { permissions: ['alarms' as const] } : {}),
  };
}

const EMPTY: SyncAccount = { server: '', database: 'lectern', username: '', password: '', login: 'password' };

const LOGINS: readonly SyncLogin[] = ['password', 'session'];
const LOGIN_LABELS: Record<SyncLogin, MessageKey> = {
  password: 'syncLoginPassword',
  session: 'syncLoginSession',
};

/** The account and the status, as the background keeps them in local storage. */
function useSyncState(): [SyncAccount | null | undefined, SyncStatus] {
  const [account, setAccount] = useState<SyncAccount | null | undefined>(undefined);
  const [status, setStatus] = useState<SyncStatus>(SYNC_OFF);
  useEffect(() => {
    const read = async () => {
      const stored = await browser.storage.local.get([SYNC_ACCOUNT_KEY, SYNC_STATUS_KEY]);
      setAccount((stored[SYNC_ACCOUNT_KEY] as SyncAccount | undefined) ?? null);
      setStatus({ ...SYNC_OFF, ...(stored[SYNC_STATUS_KEY] as SyncStatus | undefined) });
    };
    void read();
    const listener = (_: unknown, area: string) => {
      if (area === 'local') void read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return [account, status];
}

/**
 * Sync through the user's own CouchDB-compatible server: the account form while sync is off; the server,
 * the last sync and its outcome, Sync now and Stop syncing while it is on.
 */
export function SyncSection() {
  const [account, status] = useSyncState();
  if (account === undefined) return null;
  return (
    <Section title="groupSync">
      <p class="hint">{t('syncHint')}</p>
      {account ? <SyncOn account={account} status={status} /> : <SyncForm />}
    </Section>
  );
}

function SyncForm() {
  const [draft, setDraft] = useState<SyncAccount>(EMPTY);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const ids = { server: useId(), database: useId(), username: useId(), password: useId(), problem: useId() };

  const turnOn = async (event: Event) => {
    event.preventDefault();
    const bad = accountProblem(draft);
    if (bad) return setProblem(bad === 'server' ? 'syncBadServer' : 'syncBadDatabase');
    // Asked first, in the click: the browser shows its prompt only during the user's gesture.
    const granted = await browser.permissions.request(syncAccess(draft)).catch(() => false);
    if (!granted) return setProblem('syncDenied');
    setProblem(null);
    await sendToBackground('startSync', { ...draft, server: serverUrl(draft.server)!.href });
  };

  const field = (
    key: 'server' | 'database' | 'username' | 'password',
    label: MessageKey,
    type: 'url' | 'text' | 'password',
    extra: object = {},
  ) => (
    <div class="sync-field">
      <label for={ids[key]}>{t(label)}</label>
      <input
        id={ids[key]}
        type={type as 'text'}
        autoComplete="off"
        spellcheck={false}
        value={draft[key]}
        onInput={(event) => setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value })}
        {...extra}
      />
    </div>
  );

  return (
    <form class="sync-form" onSubmit={(event) => void turnOn(event)} aria-describedby={ids.problem}>
      {field('server', 'syncServer', 'url', {
        placeholder: 'https://couch.example.org:6984',
        inputMode: 'url',
      })}
      {field('database', 'syncDatabase', 'text')}
      {field('username', 'syncUsername', 'text')}
      {field('password', 'syncPassword', 'password', { autoComplete: 'new-password' })}
      <Choice
        label="syncSignIn"
        value={draft.login ?? 'password'}
        options={LOGINS}
        labels={LOGIN_LABELS}
        onChange={(login) => setDraft({ ...draft, login })}
      />
      <div class="sync-actions">
        <button type="submit">{t('syncTurnOn')}</button>
      </div>
      <p id={ids.problem} class="problem" role="alert">
        {problem ? t(problem) : ''}
      </p>
    </form>
  );
}

function statusText(status: SyncStatus): string {
  if (status.state === 'syncing')
    return status.written > 0 ? t('syncStateProgress', String(status.written)) : t('syncStateSyncing');
  if (status.state === 'idle') return t('syncStateIdle');
  if (status.state === 'paused' && !status.problem) return t('syncStatePaused');
  return '';
}

function SyncOn({ account, status }: { account: SyncAccount; status: SyncStatus }) {
  const [busy, setBusy] = useState(false);
  const where = `${serverUrl(account.server)?.origin ?? account.server} · ${account.database}${
    account.username ? ` · ${account.username}` : ''
  }`;
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const allow = () =>
    run(async () => {
      const granted = await browser.permissions.request(syncAccess(account)).catch(() => false);
      if (granted) await sendToBackground('syncNow', undefined);
    });
  const last = status.lastSyncAt
    ? t('syncLastAt', new Date(status.lastSyncAt).toLocaleString(browser.i18n.getUILanguage()))
    : t('syncLastNever');
  return (
    <div class="sync-on">
      <p class="sync-where">{t('syncWith', where)}</p>
      <p class="status" role="status">
        {statusText(status)}
      </p>
      <p class="sync-last">{last}</p>
      <p class="problem" role="alert">
        {status.problem ? t(PROBLEMS[status.problem]) : ''}
      </p>
      {usesSession(account) &&
        (status.problem === 'session-ended' || status.problem === 'wrong-password') && (
          <LogInAgain
            busy={busy}
            onLogIn={(password) => run(() => sendToBackground('logInToSync', { password }))}
          />
        )}
      <div class="sync-actions">
        {status.problem === 'database-missing' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => sendToBackground('createSyncDatabase', undefined))}
          >
            {t('syncCreateDatabase')}
          </button>
        )}
        {status.problem === 'no-permission' && (
          <button type="button" disabled={busy} onClick={() => void allow()}>
            {t('syncAllowAccess')}
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => sendToBackground('syncNow', undefined))}
        >
          {t('syncNow')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => sendToBackground('stopSync', undefined))}
        >
          {t('syncStop')}
        </button>
      </div>
      <p class="hint">{t('syncStopHint')}</p>
    </div>
  );
}

/** A session login the server refused or ended: the password, typed again, logs in and is not kept. */
function LogInAgain({ busy, onLogIn }: { busy: boolean; onLogIn: (password: string) => Promise<void> }) {
  const [password, setPassword] = useState('');
  const id = useId();
  const submit = (event: Event) => {
    event.preventDefault();
    if (password) void onLogIn(password).then(() => setPassword(''));
  };
  return (
    <form class="sync-form sync-log-in" onSubmit={submit}>
      <div class="sync-field">
        <label for={id}>{t('syncPassword')}</label>
        <input
          id={id}
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={(event) => setPassword((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="sync-actions">
        <button type="submit" disabled={busy || !password}>
          {t('syncLogIn')}
        </button>
      </div>
    </form>
  );
}
