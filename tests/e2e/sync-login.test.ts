import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './harness/paths';
import { CouchServer } from './sync/couch-server';
import {
  allTitles,
  bulkExport,
  closeDevice,
  eventually,
  launchDevice,
  serverArticle,
  submitSyncForm,
  type Device,
} from './sync/devices';

const PASSWORD = 'reader-password-7f3a';
const admin = { Authorization: `Basic ${Buffer.from('admin:secret').toString('base64')}` };
const json = { ...admin, 'Content-Type': 'application/json' };

// Sync with a session login (CouchDB's /_session): the password is used once and kept nowhere, and every
// request after it carries the server's AuthSession cookie. The database admits its member "reader" only, so
// a sync that works proves the cookie went with the replicator's requests. One Chromium profile, headed on a
// virtual display for the site-access dialog. Runs against .output/chrome-mv3: `npm run build` first.
describe('sync with a session login', () => {
  let couch: CouchServer | null = null;
  let device: Device | null = null;
  let folder = '';

  beforeAll(async () => {
    couch = await CouchServer.start({ admins: { admin: 'secret' } });
    const put = (path: string, body?: object) =>
      couch!.json(path, { method: 'PUT', headers: json, ...(body ? { body: JSON.stringify(body) } : {}) });
    expect(await put('/lectern')).toMatchObject({ ok: true });
    const user = { name: 'reader', password: PASSWORD, roles: [], type: 'user' };
    expect(await put('/_users/org.couchdb.user:reader', user)).toMatchObject({ ok: true });
    const security = { admins: { names: [], roles: [] }, members: { names: ['reader'], roles: [] } };
    expect(await put('/lectern/_security', security)).toMatchObject({ ok: true });
    expect(await couch!.json('/lectern')).toMatchObject({ error: 'unauthorized' });

    folder = await mkdtemp(join(tmpdir(), 'lectern-sync-login-'));
    device = await launchDevice('A', folder, '--no-first-run');
    const { page } = await device.browser.openTab(device.browser.extensionUrl('library.html'));
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'lectern-library.json', mimeType: 'application/json', buffer: bulkExport(2) });
    await page.getByText('Imported 2 new').waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await closeDevice(device);
    await couch?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('a refused login is said so; the right password logs in, syncs, and is kept nowhere', async () => {
    const { page: options } = await device!.browser.openTab(device!.browser.extensionUrl('options.html'));
    await options.getByRole('radio', { name: /By logging in once/ }).check();
    await shootSyncSection(options, 'sync-session-form.png');
    await submitSyncForm(device!, options, {
      server: couch!.origin,
      database: 'lectern',
      username: 'reader',
      password: 'not-the-password',
    });
    await expectProblem(options, 'The server did not accept the user name or password.');

    await logIn(options, PASSWORD);
    await expectUpToDate(options);
    await shootSyncSection(options, 'sync-session-up-to-date.png');
    await eventually(
      async () => Number((await couch!.json('/lectern', { headers: admin })).doc_count ?? 0),
      (docs) => docs === 2,
      'both articles on the server',
    );
    // The account is kept without its password, and the password is nowhere in the extension's storage.
    const stored = await device!.browser.inBackground(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: Record<'local' | 'sync', { get(): Promise<Record<string, unknown>> }> };
      };
      return { local: await chrome.storage.local.get(), sync: await chrome.storage.sync.get() };
    });
    expect(stored.local['syncAccount']).toMatchObject({ username: 'reader', password: '', login: 'session' });
    expect(JSON.stringify(stored)).not.toContain(PASSWORD);
    expect(device!.browser.uncaughtErrors()).toEqual([]);
  }, 180_000);

  it('a change on the server arrives through the session; once the session ends, the password logs in again', async () => {
    const { id, doc } = serverArticle(2);
    const put = await fetch(`${couch!.origin}/lectern/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify(doc),
    });
    expect(put.status).toBe(201);
    await eventually(
      async () => (await allTitles(device!)).sort(),
      (titles) => titles.length === 3,
      'the server’s article in the library',
    );

    // The browser forgets the server's cookie (as after a restart): the server refuses, the options page asks.
    await device!.browser.chromium.context.clearCookies();
    const { page: options } = await device!.browser.openTab(device!.browser.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expectProblem(options, 'The server ended the login. Type the password to log in again.');
    await shootSyncSection(options, 'sync-session-ended.png');
    await logIn(options, PASSWORD);
    await expectUpToDate(options);
    expect((await allTitles(device!)).sort()).toEqual(['Bulk article 0', 'Bulk article 1', 'Bulk article 2']);
  }, 180_000);
});

const syncSection = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Sync', exact: true }) });

async function expectProblem(page: Page, words: string): Promise<void> {
  const alert = syncSection(page).getByRole('alert');
  await alert.filter({ hasText: words }).waitFor({ timeout: 60_000 });
  expect((await alert.textContent())?.trim()).toBe(words);
}

async function expectUpToDate(page: Page): Promise<void> {
  await syncSection(page).getByRole('status').filter({ hasText: 'Up to date.' }).waitFor({ timeout: 60_000 });
  expect(await syncSection(page).locator('[role=alert]').textContent()).toBe('');
}

/** Types the password into the Sync section's login and presses "Log in". */
async function logIn(page: Page, password: string): Promise<void> {
  await syncSection(page).getByLabel('Password', { exact: true }).fill(password);
  await syncSection(page).getByRole('button', { name: 'Log in' }).click();
}

async function shootSyncSection(page: Page, name: string): Promise<void> {
  await syncSection(page).screenshot({ path: resolve(ARTIFACTS_DIR, name) });
}
