import { describe, expect, it } from 'vitest';
import { accountProblem, databaseUrl, originPattern } from '../../../core/sync/account';
import { databaseProblem, problemOf, welcomeProblem } from '../../../core/sync/problems';

describe("a server's answers, in words", () => {
  it('tells a CouchDB server (Apache CouchDB, Cloudant, PouchDB Server) from anything else', () => {
    expect(welcomeProblem(200, { couchdb: 'Welcome', version: '3.4.2' })).toBeNull();
    expect(welcomeProblem(200, { 'express-pouchdb': 'Welcome!' })).toBeNull();
    expect(welcomeProblem(200, null)).toBe('not-couchdb');
    expect(welcomeProblem(200, { status: 'ok' })).toBe('not-couchdb');
    expect(welcomeProblem(404, null)).toBe('not-couchdb');
    expect(welcomeProblem(401, { error: 'unauthorized' })).toBe('wrong-password');
  });

  it('tells a missing database, a wrong password, a refusal and a full quota apart', () => {
    expect(databaseProblem(200, { db_name: 'lectern' })).toBeNull();
    expect(databaseProblem(404, { error: 'not_found', reason: 'Database does not exist.' })).toBe(
      'database-missing',
    );
    expect(databaseProblem(401, { error: 'unauthorized' })).toBe('wrong-password');
    expect(databaseProblem(403, { error: 'forbidden' })).toBe('forbidden');
    expect(databaseProblem(413, null)).toBe('quota');
  });

  it("turns PouchDB's errors into the same problems", () => {
    expect(problemOf({ status: 401, name: 'unauthorized' })).toBe('wrong-password');
    expect(problemOf(new TypeError('Failed to fetch'))).toBe('unreachable');
    expect(problemOf({ name: 'QuotaExceededError' })).toBe('quota');
    expect(problemOf({ status: 403, reason: 'Quota exceeded for this account' })).toBe('quota');
    expect(problemOf({ status: 500, reason: 'boom' })).toBe('failed');
  });
});

describe('the account as typed', () => {
  it('takes an http(s) server and a CouchDB database name, and asks for that host only', () => {
    const account = { server: ' http://127.0.0.1:5984/ ', database: 'lectern', username: 'u', password: 'p' };
    expect(accountProblem(account)).toBeNull();
    expect(databaseUrl(account)).toBe('http://127.0.0.1:5984/lectern');
    expect(originPattern(account)).toBe('http://127.0.0.1/*');
    expect(accountProblem({ ...account, server: 'ftp://example.org' })).toBe('server');
    expect(accountProblem({ ...account, server: 'https://user:pw@example.org' })).toBe('server');
    expect(accountProblem({ ...account, database: 'Lectern' })).toBe('database');
    expect(accountProblem({ ...account, database: '_users' })).toBe('database');
  });
});
