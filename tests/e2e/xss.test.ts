import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { LibraryBrowser } from './chromium/library-browser';
import { hasNode, waitForAx } from './library/steps';
import { pressSave } from './security-data/save-from-reader';
import { dialogs, waitUntil } from './scenarios/reader-ui';
import { activateAll } from './security/activate';
import { PAGE_GROUPS, articleBody } from './security/article-pages';
import { startBeaconServer, type Beacon } from './security/beacon-server';
import { findDangers } from './security/dangers';
import { inReaderBody } from './security/overlay-dom';
import { loadPayloads } from './security/payloads';
import { waitForQuietBeacons } from './security/wait';

const payloads = loadPayloads();
const groups = Object.keys(PAGE_GROUPS);

/**
 * Beacons that did not come from the page's own copy of a payload, which reports `in=9`: a document with a
 * window. A copy made for extraction has none (`9-inert`), the reader is a shadow root (`11`).
 */
const notFromThePage = (hits: Beacon[]) => hits.filter((hit) => hit.where !== '9');
const ids = (hits: Beacon[]) => Array.from(new Set(hits.map((hit) => hit.id))).sort();

/** Console lines in which Chromium refuses something for the extension's Content Security Policy. */
function watchCsp(page: Page, into: string[]): void {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) into.push(message.text());
  });
}

const inLibraryPage = <R>(page: Page, body: string): Promise<R> => page.evaluate(body) as Promise<R>;
/** The element for `selector`, found with the prototype's method: an article may clobber document's own. */
const element = (selector: string) =>
  `Document.prototype.querySelector.call(document, ${JSON.stringify(selector)})`;
const dangersIn = (selector: string) => `(${findDangers.toString()})(${element(selector)})`;
const activateIn = (selector: string) => `(${activateAll.toString()})(${element(selector)}, false)`;

/** Every stored body, read from the library's IndexedDB in the extension's origin, parsed there. */
const STORED_BODIES = `(async () => {
  const findDangers = ${findDangers.toString()};
  const db = await new Promise((done, fail) => {
    const request = indexedDB.open('lectern-library');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const bodies = await new Promise((done, fail) => {
    const request = db.transaction('bodies').objectStore('bodies').getAll();
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  db.close();
  return bodies.map(({ id, html }) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return {
      id,
      length: html.length,
      // MathML formulas are kept (drawn by the browser); their switching and embedding elements are not.
      rawTags: html.match(/<(?:script|iframe|frame|object|embed|base|meta|link|style|form|input|button|svg|maction|mglyph|annotation-xml|template|noscript)\\b/gi) ?? [],
      dangers: findDangers(parsed.body),
    };
  });
})()`;

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('Hostile article HTML in Chromium: nothing runs in the reader, the save popup or the reading list', () => {
  const suite = useExtensionBrowser({
    kind: LibraryBrowser,
    profile: 'lectern-xss-',
    startServer: () => startBeaconServer(payloads),
  });
  const open = () => suite.browser();
  const server = () => suite.server();
  const figures = {
    payloadsTried: payloads.length,
    executedUnsanitized: 0,
    executedByThePageItself: 0,
    executedInReader: 0,
    executedInSavePopup: 0,
    executedInReadingList: 0,
    executedFromImportedFile: 0,
    cspReportsParsingImportedHtml: 0,
    survivingInStoredHtml: 0,
    savedArticles: 0,
  };

  afterAll(() => {
    console.log(`XSS payloads in Chromium: ${JSON.stringify(figures)}`);
  });

  it(`has at least 100 payloads, covering every family`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
    const families = new Set(payloads.map((p) => p.vector));
    for (const family of Object.values(PAGE_GROUPS).flat()) expect(families).toContain(family);
    expect(families.size).toBe(Object.values(PAGE_GROUPS).flat().length);
  });

  it('the payloads are live: rendered without sanitizing in a test page, a large share of them run', async () => {
    const before = server().hits().length;
    const page = await open().openPage(`${server().origin}${server().harnessPath}`);
    await waitForQuietBeacons(server());
    // A user's pointer, focus and clicks, for the payloads that wait for one.
    await page.evaluate(
      `Array.from(document.querySelectorAll('iframe')).map((f) => f.contentDocument && (${activateAll.toString()})(f.contentDocument, true))`,
    );
    await waitForQuietBeacons(server());
    const ran = ids(server().hits().slice(before));
    figures.executedUnsanitized = ran.length;
    console.log(`Unsanitized render: ${ran.length} of ${payloads.length} payloads ran: ${ran.join(' ')}`);
    expect(ran.length).toBeGreaterThan(payloads.length / 3);
  });

  it.each(groups)(
    '%s: the reader shows the article, and nothing runs in it or in the save popup',
    async (group) => {
      const csp: string[] = [];
      const loadStart = server().hits().length;
      const page = await open().openPage(`${server().origin}${server().pagePath(group)}`);
      watchCsp(page, csp);
      await waitForQuietBeacons(server());
      const start = server().hits().length;
      // The page runs its own copy of the payloads as it loads: that is the page, not the reader.
      figures.executedByThePageItself += ids(server().hits().slice(loadStart, start)).length;

      await open().clickToolbarButton();
      await waitForAx(
        open(),
        (tree) => dialogs(tree).length > 0 && hasNode('button', 'Save')(tree),
        'the reader with a Save button',
      );
      const context = page.context();
      expect(
        await inReaderBody(context, page, (body) => (body.textContent ?? '').length, null),
      ).toBeGreaterThan(2000);
      expect(await inReaderBody(context, page, activateAll, false)).toBeGreaterThan(10);
      await waitForQuietBeacons(server());
      const inReader = ids(notFromThePage(server().hits().slice(start)));
      figures.executedInReader += inReader.length;
      const dangers = await inReaderBody(context, page, findDangers, null);
      expect({ ran: inReader, dangers }).toEqual({ ran: [], dangers: [] });

      const beforeSave = server().hits().length;
      await pressSave(open());
      const frame = open().saveFrame()!;
      expect(await frame.getByLabel('Title').inputValue()).toMatch(/^Garden news/);
      // The popup shows the title and tags only: no page markup, no handler anywhere in its document.
      expect(
        await frame.evaluate(() =>
          Array.from(document.body.querySelectorAll('*'))
            .filter(
              (el) =>
                /^(?:img|script|iframe|frame|object|embed|math|base|meta|form)$/.test(el.localName) ||
                Array.from(el.attributes).some((attr) => /^on/i.test(attr.name)),
            )
            .map((el) => el.localName),
        ),
      ).toEqual([]);
      await waitForQuietBeacons(server());
      const inPopup = ids(notFromThePage(server().hits().slice(beforeSave)));
      figures.executedInSavePopup += inPopup.length;
      expect({ ran: inPopup, refused: csp }).toEqual({ ran: [], refused: [] });
      figures.savedArticles += 1;
    },
  );

  /**
   * Opens each of the `count` articles in the reading list, points at and clicks everything in it. With
   * `rawBodies`, some stored bodies are unsanitized: Chromium then reports each inline handler to the CSP as
   * soon as the page's DOMParser meets it (checked, never run), so refusals are counted, not forbidden.
   */
  async function readEverySavedArticle(count: number, rawBodies = false): Promise<void> {
    const csp: string[] = [];
    const dangers: string[] = [];
    const start = server().hits().length;
    const page = await open().openPage(open().extensionUrl('library.html'));
    watchCsp(page, csp);
    await waitUntil(
      async () => (await page.locator('a[href^="#/article/"]').count()) === count,
      'every saved article in the list',
    );
    for (let index = 0; index < count; index++) {
      const link = page.locator('a[href^="#/article/"]').nth(index);
      const title = (await link.textContent()) ?? '';
      await link.click();
      await waitForAx(open(), hasNode('heading', title), `the saved article ${title}`);
      expect(
        await inLibraryPage<number>(page, `${element('.article-body')}.textContent.length`),
      ).toBeGreaterThan(2000);
      expect(await inLibraryPage<number>(page, activateIn('.article-body'))).toBeGreaterThan(10);
      dangers.push(...(await inLibraryPage<string[]>(page, dangersIn('.article-body'))));
      // Loaded afresh rather than through the Back link: a broken article must not take the list down too.
      await page.goto(open().extensionUrl('library.html'));
      await waitUntil(
        async () => (await page.locator('a[href^="#/article/"]').count()) === count,
        'the list again',
      );
    }
    await waitForQuietBeacons(server());
    const inLibrary = ids(server().hits().slice(start));
    figures.executedInReadingList += inLibrary.length;
    if (rawBodies) {
      figures.cspReportsParsingImportedHtml = csp.length;
      expect({ ran: inLibrary, dangers }).toEqual({ ran: [], dangers: [] });
    } else {
      // Chromium reports an inline handler to the extension page's CSP even on parsing it: none may be met.
      expect({ ran: inLibrary, refused: csp, dangers }).toEqual({ ran: [], refused: [], dangers: [] });
    }
  }

  it('the reading list opens every saved article with nothing running; no payload survives in the stored HTML', async () => {
    await readEverySavedArticle(groups.length);
    const stored = await inLibraryPage<
      Array<{ id: string; length: number; rawTags: string[]; dangers: string[] }>
    >(open().page, STORED_BODIES);
    expect(stored).toHaveLength(groups.length);
    for (const body of stored) expect(body.length).toBeGreaterThan(2000);
    figures.survivingInStoredHtml = stored.reduce(
      (sum, body) => sum + body.dangers.length + body.rawTags.length,
      0,
    );
    expect(stored.map(({ id, rawTags, dangers }) => ({ id, rawTags, dangers }))).toEqual(
      stored.map(({ id }) => ({ id, rawTags: [], dangers: [] })),
    );
  });

  it('after a relaunch on the same profile, reopening the saved articles still runs nothing', async () => {
    await suite.relaunch();
    await readEverySavedArticle(groups.length);
  });

  // A library file is data from elsewhere too (a shared export, a tampered backup): its HTML is imported as
  // is, so the reading list's own sanitizing is all that stands between the raw payloads and the page.
  it('a library file with the raw payloads as article bodies imports, and the reading list runs none of them', async () => {
    const now = Date.now();
    const articles = groups.map((group, index) => ({
      id: `hostile-${group}`,
      url: `https://import.example/${group}`,
      canonicalUrl: `https://import.example/${group}`,
      title: `Imported garden news: ${group.replace(/-/g, ' ')}`,
      byline: null,
      siteName: 'Eastside Bulletin',
      publishedTime: null,
      excerpt: null,
      lang: 'en',
      dir: null,
      wordCount: 1000,
      readingMinutes: 5,
      savedAt: now + index,
      updatedAt: now + index,
      read: 0,
      archived: 0,
      tags: [],
      progress: 0,
      html: articleBody(
        payloads.filter((p) => PAGE_GROUPS[group]!.includes(p.vector)),
        server().origin,
      ),
      text: 'garden',
    }));
    const file = { format: 'lectern-library', version: 1, exportedAt: new Date(now).toISOString(), articles };
    const page = await open().openPage(open().extensionUrl('library.html'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'hostile-library.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await waitUntil(
      async () => (await page.locator('a[href^="#/article/"]').count()) === 2 * groups.length,
      'the imported articles in the list',
    );
    const before = figures.executedInReadingList;
    await readEverySavedArticle(2 * groups.length, true);
    figures.executedFromImportedFile = figures.executedInReadingList - before;
  });
});
