import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPageServer, type PageServer } from './harness/page-server';
import { saveFromReader } from './security-data/save-from-reader';
import { SEED_PAGE_PATH, seedNews } from './scenarios/seed-news';
import { CouchServer } from './sync/couch-server';
import { closeDevice, eventually, launchDevice, listedTitles, turnOnSync, type Device } from './sync/devices';

// Two devices (two Chromium profiles, each headed on its own virtual display, so that Chromium's own
// permission dialog can be answered with the keyboard) sync through PouchDB Server on 127.0.0.1.
// Runs against the built extension in .output/chrome-mv3: `npm run build` first.
describe('sync through a CouchDB-protocol server, between two browser profiles', () => {
  let couch: CouchServer | null = null;
  let pages: PageServer | null = null;
  let a: Device | null = null;
  let b: Device | null = null;
  const folders: string[] = [];
  const profile = async (prefix: string) => {
    const folder = await mkdtemp(join(tmpdir(), prefix));
    folders.push(folder);
    return folder;
  };

  beforeAll(async () => {
    couch = await CouchServer.start();
    pages = await startPageServer();
    a = await launchDevice('A', await profile('lectern-sync-a-'), '--no-first-run');
    b = await launchDevice('B', await profile('lectern-sync-b-'), '--no-first-run');
  }, 120_000);

  afterAll(async () => {
    await closeDevice(a);
    await closeDevice(b);
    await pages?.close();
    await couch?.close();
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('offers to create a missing database, then syncs: an article saved on A appears on B', async () => {
    const options = await turnOnSyncExpectingMissing(a!, couch!.origin);
    await options.getByRole('button', { name: 'Create the database' }).click();
    await options.getByText('Up to date.').waitFor({ timeout: 60_000 });
    expect((await couch!.json('/lectern')).db_name).toBe('lectern');
    await turnOnSync(b!, couch!.origin, 'lectern');

    await a!.browser.openPage(`${pages!.origin}${SEED_PAGE_PATH}`);
    await saveFromReader(a!.browser);
    await eventually(
      () => listedTitles(b!),
      (titles) => titles.includes(seedNews.title),
      'the save on B',
    );
    expect(a!.browser.uncaughtErrors()).toEqual([]);
    expect(b!.browser.uncaughtErrors()).toEqual([]);
  }, 240_000);
});

/** Turns sync on for a database the server does not have yet: the options page says so and offers to create it. */
async function turnOnSyncExpectingMissing(device: Device, server: string) {
  const { page } = await device.browser.openTab(device.browser.extensionUrl('options.html'));
  await page.getByLabel('Server address').fill(server);
  await page.getByLabel('Database').fill('lectern');
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  await new Promise((done) => setTimeout(done, 1500));
  const { pressKeys } = await import('./chromium/x-keys');
  await pressKeys(device.display.display, 'Tab', 'Return');
  await page.getByText('The server has no database of that name. Create it?').waitFor({ timeout: 60_000 });
  return page;
}
