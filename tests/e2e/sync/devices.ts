import type { Page } from 'playwright-core';
import { LibraryBrowser } from '../chromium/library-browser';
import { pressKeys } from '../chromium/x-keys';
import { startVirtualDisplay, type VirtualDisplay } from '../harness/virtual-display';

/** One device: a headed Chromium with Lectern on its own profile and its own virtual display. */
export interface Device {
  name: string;
  browser: LibraryBrowser;
  display: VirtualDisplay;
  profile: string;
}

export async function launchDevice(name: string, profile: string, hostRules: string): Promise<Device> {
  const display = await startVirtualDisplay();
  const browser = await LibraryBrowser.launch({
    headless: false,
    display: display.display,
    userDataDir: profile,
    extraArgs: ['--window-position=0,0', '--window-size=1280,900', hostRules],
  });
  return { name, browser, display, profile };
}

export async function closeDevice(device: Device | null): Promise<void> {
  await device?.browser.close();
  await device?.display.close();
}

/**
 * Turns sync on from the options page as a user does: types the server and database, presses "Turn on
 * sync" and allows the site access in Chromium's own dialog (Tab, Return), then waits for "Up to date.".
 */
export async function turnOnSync(device: Device, server: string, database: string): Promise<Page> {
  const { page } = await device.browser.openTab(device.browser.extensionUrl('options.html'));
  await page.getByLabel('Server address').fill(server);
  await page.getByLabel('Database').fill(database);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  await new Promise((done) => setTimeout(done, 1500));
  await pressKeys(device.display.display, 'Tab', 'Return');
  await page.getByText('Up to date.').waitFor({ timeout: 60_000 });
  return page;
}

/** What a user types into the Sync section's form; fields left out are left as the form has them. */
export interface AccountTyped {
  server: string;
  database?: string;
  username?: string;
  password?: string;
}

/**
 * Fills the Sync section's form on `page` (the options page), presses "Turn on sync" and allows the site
 * access in Chromium's own dialog. The dialog takes a moment to open on a busy machine, so the keys are
 * pressed again until the access is there (checked in the background), rather than after a longer sleep.
 */
export async function submitSyncForm(device: Device, page: Page, typed: AccountTyped): Promise<void> {
  await page.getByLabel('Server address').fill(typed.server);
  if (typed.database !== undefined) await page.getByLabel('Database').fill(typed.database);
  if (typed.username !== undefined) await page.getByLabel('User name').fill(typed.username);
  if (typed.password !== undefined) await page.getByLabel('Password', { exact: true }).fill(typed.password);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  for (let attempt = 0; attempt < 10; attempt++) {
    await new Promise((done) => setTimeout(done, 1500));
    if (await hasSiteAccess(device, typed.server)) return;
    await pressKeys(device.display.display, 'Tab', 'Return');
  }
  throw new Error(`Site access for ${typed.server} was not granted.`);
}

/** Whether the extension may reach `server` (its host, as sync asks for it). */
export function hasSiteAccess(device: Device, server: string): Promise<boolean> {
  return device.browser.inBackground((origin) => {
    const { chrome } = globalThis as unknown as {
      chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
    };
    const url = new URL(origin);
    return chrome.permissions.contains({ origins: [`${url.protocol}//${url.hostname}/*`] });
  }, server);
}

/** The titles on the device's reading list, read from the reading list page (opened again each time). */
export async function listedTitles(device: Device): Promise<string[]> {
  const { page } = await device.browser.openTab(device.browser.extensionUrl('library.html'));
  await page.waitForLoadState('load');
  await new Promise((done) => setTimeout(done, 300));
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="#/article/"]')).map((a) =>
      (a.textContent ?? '').trim(),
    ),
  );
}

/** Waits until `check` holds, polling; fails with what was last seen. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  what: string,
  ms = 60_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T = await read();
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}. Last: ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 1000));
    last = await read();
  }
  return last;
}

/** The device's saved article with this title: its local id, tags and reading position. */
export async function articleByTitle(
  device: Device,
  title: string,
): Promise<{ id: string; tags: string[]; progress: number } | null> {
  return device.browser.inBackground(async (wanted) => {
    const open = indexedDB.open('lectern-library');
    const db = await new Promise<IDBDatabase>((done, fail) => {
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const request = db.transaction('articles').objectStore('articles').getAll();
    const all = await new Promise<Array<{ id: string; title: string; tags: string[]; progress: number }>>(
      (done) => (request.onsuccess = () => done(request.result)),
    );
    db.close();
    const found = all.find((article) => article.title === wanted);
    return found ? { id: found.id, tags: found.tags, progress: found.progress } : null;
  }, title);
}

/**
 * Sends what the save popup sends for an edit or a removal, from the device's options page (one of
 * Lectern's own pages, the only senders the background takes these from).
 */
export async function askBackground(device: Device, name: string, data: unknown): Promise<unknown> {
  const { page } = await device.browser.openTab(device.browser.extensionUrl('options.html'));
  return page.evaluate(
    ([lectern, payload]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        lectern,
        data: payload,
      }),
    [name, data] as const,
  );
}

/** Every title in the device's library (duplicates included), read from its IndexedDB. */
export function allTitles(device: Device): Promise<string[]> {
  return device.browser.inBackground(async () => {
    const open = indexedDB.open('lectern-library');
    const db = await new Promise<IDBDatabase>((done, fail) => {
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const request = db.transaction('articles').objectStore('articles').getAll();
    const all = await new Promise<Array<{ title: string }>>(
      (done) => (request.onsuccess = () => done(request.result)),
    );
    db.close();
    return all.map((article) => article.title);
  });
}

/** A Lectern JSON export of `count` small articles, as the reading list's Import takes it. */
export function bulkExport(count: number): Buffer {
  const t0 = Date.UTC(2026, 1, 1);
  const articles = Array.from({ length: count }, (_, i) => ({
    id: `${(t0 + i).toString(36).padStart(9, '0')}-bulk-${i}`,
    url: `https://bulk.example/${i}`,
    canonicalUrl: `https://bulk.example/${i}`,
    title: `Bulk article ${i}`,
    byline: null,
    siteName: null,
    publishedTime: null,
    excerpt: null,
    lang: 'en',
    dir: 'ltr',
    wordCount: 8,
    readingMinutes: 1,
    html: `<p>The body of bulk article number ${i}, kept whole.</p>`,
    text: `The body of bulk article number ${i}, kept whole.`,
    savedAt: t0 + i,
    updatedAt: t0 + i,
    read: 0,
    archived: 0,
    tags: [],
    progress: 0,
    highlights: [],
  }));
  const file = { format: 'lectern-library', version: 1, exportedAt: new Date(t0).toISOString(), articles };
  return Buffer.from(JSON.stringify(file));
}

/**
 * Bulk article `i` as another Lectern would have written it to the server (core/sync/article-doc.ts), with
 * its document id; `change` replaces fields of the document (a body, kept revisions).
 */
/** Imports `count` generated articles through the device's reading list, as a user with an export does. */
export async function importBulk(device: Device, count: number): Promise<Page> {
  const { page } = await device.browser.openTab(device.browser.extensionUrl('library.html'));
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: 'lectern-library.json',
      mimeType: 'application/json',
      buffer: bulkExport(count),
    });
  await page.getByText(`Imported ${count.toLocaleString('en')} new`).waitFor({ timeout: 60_000 });
  return page;
}

export function serverArticle(i: number, change: Record<string, unknown> = {}) {
  const exported = JSON.parse(bulkExport(i + 1).toString()) as { articles: Array<Record<string, unknown>> };
  const summary = { ...exported.articles[i]! };
  const { html, text } = summary;
  for (const key of ['id', 'html', 'text', 'highlights']) delete summary[key];
  const doc = {
    type: 'article',
    summary,
    html,
    text,
    bodyAt: summary['updatedAt'],
    progressAt: summary['updatedAt'],
    highlights: [],
    revisions: [],
    ...change,
  };
  return { id: `article:${String(summary['canonicalUrl'])}`, title: String(summary['title']), doc };
}
