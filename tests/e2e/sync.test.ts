import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './harness/paths';
import { pressKeys } from './chromium/x-keys';
import { startPageServer, type PageServer } from './harness/page-server';
import { saveFromReader } from './security-data/save-from-reader';
import { SEED_PAGE_PATH, seedNews } from './scenarios/seed-news';
import { CouchServer } from './sync/couch-server';
import {
  allTitles,
  articleByTitle,
  importBulk,
  askBackground,
  closeDevice,
  eventually,
  launchDevice,
  listedTitles,
  turnOnSync,
  type Device,
} from './sync/devices';

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
    await shootSyncSection(options, 'sync-up-to-date.png');
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

  it('a tag added on B appears on A', async () => {
    const onB = await articleByTitle(b!, seedNews.title);
    expect(onB).not.toBeNull();
    expect(await askBackground(b!, 'updateSaved', { id: onB!.id, tags: ['from-b'] })).toBe(true);
    const onA = await eventually(
      () => articleByTitle(a!, seedNews.title),
      (article) => article?.tags.includes('from-b') ?? false,
      'the tag on A',
    );
    expect(onA!.tags).toEqual(['from-b']);
  }, 120_000);

  it('both change the article while the server is down; once it is back, both have the documented merge', async () => {
    await couch!.halt();
    const onA = (await articleByTitle(a!, seedNews.title))!;
    const onB = (await articleByTitle(b!, seedNews.title))!;
    expect(await askBackground(a!, 'updateSaved', { id: onA.id, tags: ['from-b', 'offline-a'] })).toBe(true);
    expect(await askBackground(b!, 'updateSaved', { id: onB.id, tags: ['from-b', 'offline-b'] })).toBe(true);
    await new Promise((done) => setTimeout(done, 3000));
    await couch!.resume();
    const merged = ['from-b', 'offline-a', 'offline-b'];
    for (const device of [a!, b!]) {
      await eventually(
        () => articleByTitle(device, seedNews.title),
        (article) => JSON.stringify(article?.tags) === JSON.stringify(merged),
        `the merged tags on ${device.name}`,
        120_000,
      );
    }
    // Still one article on each, not two (the merge is written over the article, never beside it).
    for (const device of [a!, b!]) {
      const titles = await eventually(
        () => listedTitles(device),
        (t) => t.length > 0,
        `the list on ${device.name}`,
      );
      expect(titles).toEqual([seedNews.title]);
    }
  }, 300_000);

  it('an article deleted on A is gone on B', async () => {
    const onA = (await articleByTitle(a!, seedNews.title))!;
    expect(await askBackground(a!, 'removeSaved', { id: onA.id })).toBe(true);
    await eventually(
      () => listedTitles(b!),
      (titles) => titles.length === 0,
      'the removal on B',
    );
    expect(await articleByTitle(b!, seedNews.title)).toBeNull();
  }, 120_000);

  it('the server stopped mid-sync and started again: the sync completes, nothing lost or duplicated', async () => {
    const count = 300;
    await importBulk(a!, count);
    // Stop the server as soon as the first of them reached it (or B), while the rest are on their way.
    await eventually(
      async () => Number((await couch!.json('/lectern')).doc_count ?? 0),
      (docs) => docs > 0,
      'the first articles on the server',
    );
    const before = Number((await couch!.json('/lectern')).doc_count);
    await couch!.halt();
    console.log(`server stopped with ${before} of ${count} articles`);
    await new Promise((done) => setTimeout(done, 3000));
    await couch!.resume();
    const isBulk = (title: string) => title.startsWith('Bulk article ');
    for (const device of [a!, b!]) {
      const titles = await eventually(
        async () => (await allTitles(device)).filter(isBulk),
        (bulk) => bulk.length >= count,
        `all ${count} articles on ${device.name}`,
        180_000,
      );
      expect(titles).toHaveLength(count);
      expect(new Set(titles).size).toBe(count);
    }
    expect((await couch!.json('/lectern')).doc_count).toBe(count);
    expect(a!.browser.uncaughtErrors()).toEqual([]);
    expect(b!.browser.uncaughtErrors()).toEqual([]);
  }, 400_000);
});

/** Turns sync on for a database the server does not have yet: the options page says so and offers to create it. */
async function turnOnSyncExpectingMissing(device: Device, server: string) {
  const { page } = await device.browser.openTab(device.browser.extensionUrl('options.html'));
  await page.getByLabel('Server address').fill(server);
  await page.getByLabel('Database').fill('lectern');
  await shootSyncSection(page, 'sync-off.png');
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  await new Promise((done) => setTimeout(done, 1500));
  await pressKeys(device.display.display, 'Tab', 'Return');
  await page.getByText('The server has no database of that name. Create it?').waitFor({ timeout: 60_000 });
  await shootSyncSection(page, 'sync-database-missing.png');
  return page;
}

/** A PNG of the options page's Sync section in test-artifacts/, to look at. */
async function shootSyncSection(page: Page, name: string): Promise<void> {
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Sync', exact: true }) });
  await section.screenshot({ path: resolve(ARTIFACTS_DIR, name) });
}
