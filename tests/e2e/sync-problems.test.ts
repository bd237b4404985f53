import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './harness/paths';
import { HTML, serve, type Served } from './harness/serve';
import { CouchServer, freePort } from './sync/couch-server';
import {
  allTitles,
  importBulk,
  closeDevice,
  eventually,
  launchDevice,
  submitSyncForm,
  type Device,
} from './sync/devices';

const KEPT = 3;
const keptTitles = Array.from({ length: KEPT }, (_, i) => `Bulk article ${i}`);

// The problems a user meets when turning sync on, as the options page words them, on one Chromium profile
// (headed on a virtual display, so that Chromium's own site-access dialog can be answered with the keys).
// After each, the reading list holds what it held. Runs against .output/chrome-mv3: `npm run build` first.
describe('sync problems, in words on the options page', () => {
  let couch: CouchServer | null = null;
  let plain: Served | null = null;
  let device: Device | null = null;
  let folder = '';

  beforeAll(async () => {
    couch = await CouchServer.start({ admins: { admin: 'secret' } });
    // A web server that is not CouchDB: an ordinary site answering every path with a page.
    plain = await serve(() => ({ body: '<!doctype html><title>A blog</title><p>Hello.</p>', type: HTML }));
    folder = await mkdtemp(join(tmpdir(), 'lectern-sync-problems-'));
    device = await launchDevice('A', folder, '--no-first-run');
    await importBulk(device, KEPT);
  }, 120_000);

  afterAll(async () => {
    await closeDevice(device);
    await plain?.close();
    await couch?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('nothing listening at the address: the server cannot be reached; the reading list is kept', async () => {
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const options = await openOptions(device!);
    await submitSyncForm(device!, options, { server: nobody, database: 'lectern' });
    await expectProblem(
      options,
      'The server cannot be reached. Lectern keeps trying; check the address, or whether the server is running.',
    );
    await shootSyncSection(options, 'sync-unreachable.png');
    await expectLibraryKept(device!);
    await stopSyncing(options);
    await expectLibraryKept(device!);
  }, 120_000);

  it('a web server that is not CouchDB: it does not answer like one; the reading list is kept', async () => {
    const options = await openOptions(device!);
    await submitSyncForm(device!, options, { server: plain!.origin, database: 'lectern' });
    await expectProblem(
      options,
      'That server does not answer like a CouchDB server. Check the address (no database name in it).',
    );
    await shootSyncSection(options, 'sync-not-couchdb.png');
    await expectLibraryKept(device!);
    await stopSyncing(options);
    await expectLibraryKept(device!);
  }, 120_000);

  it('a wrong password is said so; with the right one the missing database is offered, created and synced', async () => {
    const options = await openOptions(device!);
    await submitSyncForm(device!, options, {
      server: couch!.origin,
      database: 'lectern',
      username: 'admin',
      password: 'not-the-password',
    });
    await expectProblem(options, 'The server did not accept the user name or password.');
    await shootSyncSection(options, 'sync-wrong-password.png');
    // Nothing was written anywhere: no database on the server, the list as it was.
    expect(await couch!.json('/lectern', { headers: adminAuth })).toMatchObject({ error: 'not_found' });
    await expectLibraryKept(device!);

    await stopSyncing(options);
    await submitSyncForm(device!, options, {
      server: couch!.origin,
      database: 'lectern',
      username: 'admin',
      password: 'secret',
    });
    await expectProblem(options, 'The server has no database of that name. Create it?');
    await options.getByRole('button', { name: 'Create the database' }).click();
    await syncSection(options)
      .getByRole('status')
      .filter({ hasText: 'Up to date.' })
      .waitFor({ timeout: 60_000 });
    expect(await syncSection(options).locator('[role=alert]').textContent()).toBe('');
    await eventually(
      async () => Number((await couch!.json('/lectern', { headers: adminAuth })).doc_count ?? 0),
      (docs) => docs === KEPT,
      `${KEPT} articles on the server`,
    );
    await expectLibraryKept(device!);
    expect(device!.browser.uncaughtErrors()).toEqual([]);
  }, 180_000);
});

const adminAuth = { Authorization: `Basic ${Buffer.from('admin:secret').toString('base64')}` };

async function openOptions(device: Device): Promise<Page> {
  const { page } = await device.browser.openTab(device.browser.extensionUrl('options.html'));
  await page.getByRole('button', { name: 'Turn on sync' }).waitFor();
  return page;
}

/** Waits for the Sync section's alert (a live region, read out as it changes) to say `words`. */
async function expectProblem(page: Page, words: string): Promise<void> {
  const alert = syncSection(page).getByRole('alert');
  await alert.filter({ hasText: words }).waitFor({ timeout: 60_000 });
  expect((await alert.textContent())?.trim()).toBe(words);
}

/** Stop syncing: the form comes back, empty of the account. */
async function stopSyncing(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Stop syncing' }).click();
  await page.getByRole('button', { name: 'Turn on sync' }).waitFor({ timeout: 30_000 });
}

async function expectLibraryKept(device: Device): Promise<void> {
  expect((await allTitles(device)).sort()).toEqual(keptTitles);
}

const syncSection = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Sync', exact: true }) });

/** A PNG of the options page's Sync section in test-artifacts/, to look at. */
async function shootSyncSection(page: Page, name: string): Promise<void> {
  await syncSection(page).screenshot({ path: resolve(ARTIFACTS_DIR, name) });
}
