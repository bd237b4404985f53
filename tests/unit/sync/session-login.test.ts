import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountToKeep, problemFor, type SyncAccount } from '../../../core/sync/account';
import { sessionProblem } from '../../../core/sync/problems';
import { checkServer, logIn } from '../../../entrypoints/background/sync-server';

const session: SyncAccount = {
  server: 'http://127.0.0.1:5984',
  database: 'lectern',
  username: 'reader',
  password: 'typed-once',
  login: 'session',
};
const basic: SyncAccount = { ...session, login: 'password' };

describe('a session login', () => {
  it('keeps the account without its password; a password login keeps it, as before', () => {
    expect(accountToKeep(session)).toEqual({ ...session, password: '' });
    expect(accountToKeep(basic)).toEqual(basic);
    const older: SyncAccount = { server: basic.server, database: 'lectern', username: 'u', password: 'p' };
    expect(accountToKeep(older)).toEqual(older);
  });

  it('tells a refused login as a wrong password, and a later refusal as the login ended', () => {
    expect(sessionProblem(200, { ok: true, name: 'reader', roles: [] })).toBeNull();
    expect(sessionProblem(401, { error: 'unauthorized' })).toBe('wrong-password');
    expect(sessionProblem(404, null)).toBe('not-couchdb');
    expect(sessionProblem(200, null)).toBe('not-couchdb');
    expect(problemFor(session, 'wrong-password')).toBe('session-ended');
    expect(problemFor(basic, 'wrong-password')).toBe('wrong-password');
    expect(problemFor(session, 'unreachable')).toBe('unreachable');
  });
});

describe("the background's requests for a session login", () => {
  afterEach(() => vi.unstubAllGlobals());

  const answering = (...answers: Array<[number, unknown]>) => {
    const fetch = vi.fn(async () => {
      const [status, body] = answers.shift() ?? [500, null];
      return new Response(JSON.stringify(body), { status });
    });
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('posts the name and password to /_session once, with credentials, and no Basic header', async () => {
    const fetch = answering([200, { ok: true, name: 'reader', roles: [] }]);
    expect(await logIn(accountToKeep(session), 'typed-once')).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:5984/_session');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('include');
    expect(JSON.parse(String(init.body))).toEqual({ name: 'reader', password: 'typed-once' });
    expect(init.headers).not.toHaveProperty('Authorization');
  });

  it('checks the server with the cookie, not a password; a refusal then is the login ended', async () => {
    const fetch = answering([200, { couchdb: 'Welcome' }], [401, { error: 'unauthorized' }]);
    expect(await checkServer(accountToKeep(session))).toBe('session-ended');
    for (const call of fetch.mock.calls as unknown as Array<[string, RequestInit]>) {
      expect(call[1].credentials).toBe('include');
      expect(call[1].headers).not.toHaveProperty('Authorization');
    }
  });

  it('a password login sends the Basic header and no cookies, and a refusal is a wrong password', async () => {
    const fetch = answering([401, { error: 'unauthorized' }]);
    expect(await checkServer(basic)).toBe('wrong-password');
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.credentials).toBe('omit');
    expect(init.headers).toHaveProperty('Authorization');
  });

  it('a login that finds no server says so', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await logIn(accountToKeep(session), 'typed-once')).toBe('unreachable');
  });
});
