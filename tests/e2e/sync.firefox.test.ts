import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FirefoxDriver } from './firefox/driver';
import { launchFirefoxWithExtension } from './firefox/launch';
import { startPageServer, type PageServer } from './harness/page-server';
import { entryLinks } from './scenarios/save-to-list';
import { SEED_PAGE_PATH, seedNews } from './scenarios/seed-news';
import { CouchServer } from './sync/couch-server';
import { eventually, serverArticle } from './sync/devices';

// Firefox runs Lectern's background as an event page, not a service worker: the sync (PouchDB's replicator
// and the bridge to the library) runs there. Sync is turned on from the options page; the pref
// extensions.webextOptionalPermissionPrompts=false grants the site access as a user's Allow would.
// Runs against the built add-on in .output/firefox-mv3: `npm run build:firefox` first.
describe('sync in Firefox', () => {
  let couch: CouchServer | null = null;
  let pages: PageServer | null = null;
  let driver: FirefoxDriver | null = null;

  beforeAll(async () => {
    couch = await CouchServer.start();
    expect(await couch.json('/lectern', { method: 'PUT' })).toMatchObject({ ok: true });
    pages = await startPageServer();
    driver = new FirefoxDriver(
      await launchFirefoxWithExtension(undefined, { 'extensions.webextOptionalPermissionPrompts': false }),
    );
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
    await pages?.close();
    await couch?.close();
  });

  it('turns on from the options page, and a saved article reaches the server', async () => {
    await driver!.openExtensionPage('options.html');
    const options = driver!.currentPage;
    await typeInto(options, 'Server address', couch!.origin);
    await typeInto(options, 'Database', 'lectern');
    await driver!.clickByRole('button', 'Turn on sync');
    await options.waitForFunction(syncStatusIs, { timeout: 60_000 }, 'Up to date.').catch(async (error) => {
      const shown = await options.evaluate(syncSectionText);
      const background = driver!.backgroundErrors().join('; ');
      throw new Error(`The Sync section says: ${shown}; background: ${background}`, { cause: error });
    });

    await driver!.openPage(pages!.url(SEED_PAGE_PATH));
    await driver!.pressBrowserShortcut('Alt+Shift+K');
    const titles = await eventually(
      () => serverTitles(couch!),
      (found) => found.includes(seedNews.title),
      'the saved article on the server',
    );
    expect(titles).toEqual([seedNews.title]);
    expect(driver!.backgroundErrors()).toEqual([]);
  }, 180_000);

  it('an article added on the server appears in the Firefox reading list', async () => {
    const { id, title, doc } = serverArticle(0);
    const put = await couch!.json(`/lectern/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(doc),
    });
    expect(put).toMatchObject({ ok: true });
    const listed = await eventually(
      async () => {
        await driver!.openExtensionPage('library.html');
        await new Promise((done) => setTimeout(done, 300));
        return entryLinks(driver!);
      },
      (links) => links.includes(title),
      'the server’s article in the Firefox reading list',
      // The live replication picks it up within seconds; a suspended event page at the next alarm (a minute).
      120_000,
    );
    expect(listed.sort()).toEqual([title, seedNews.title].sort());
    expect(driver!.backgroundErrors()).toEqual([]);
  }, 180_000);
});

/** Whether the options page's Sync section says `wanted` as its status (runs in the page, self-contained). */
function syncStatusIs(wanted: string): boolean {
  const section = Array.from(document.querySelectorAll('section')).find(
    (candidate) => candidate.querySelector('h2')?.textContent === 'Sync',
  );
  return section?.querySelector('[role=status]')?.textContent === wanted;
}

/** All the text of the options page's Sync section (runs in the page). */
function syncSectionText(): string | null {
  const section = Array.from(document.querySelectorAll('section')).find(
    (candidate) => candidate.querySelector('h2')?.textContent === 'Sync',
  );
  return section?.textContent ?? null;
}

/** Types into the options page's field with this label, as a user does. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  // The section shows once it has read the account from storage.
  await page.waitForFunction(
    (wanted) => Array.from(document.querySelectorAll('label')).some((l) => l.textContent === wanted),
    {},
    label,
  );
  const id = await page.evaluate(
    (wanted) => Array.from(document.querySelectorAll('label')).find((l) => l.textContent === wanted)?.htmlFor,
    label,
  );
  if (!id) throw new Error(`No field labelled "${label}".`);
  const field = `[id="${id}"]`;
  await page.click(field, { count: 3 });
  await page.type(field, text);
}

/** The titles of the articles in the server's database. */
async function serverTitles(couch: CouchServer): Promise<string[]> {
  const all = (await couch.json('/lectern/_all_docs?include_docs=true')) as {
    rows?: Array<{ doc?: { summary?: { title?: string } } }>;
  };
  return (all.rows ?? []).flatMap((row) => (row.doc?.summary?.title ? [row.doc.summary.title] : []));
}
