import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { waitUntil } from './scenarios/reader-ui';
import { SEED_PAGE_PATH, seedNews } from './scenarios/seed-news';
import { CrashableBrowser } from './security-data/crash-browser';
import { readLibrary, type StoredRecord } from './security-data/snapshot';

/** Crashes per run: `LECTERN_CRASH_ROUNDS=40 npx vitest run --project e2e tests/e2e/crash-save.test.ts`. */
const ROUNDS = Number(process.env.LECTERN_CRASH_ROUNDS ?? '4');
/** Long enough that a save takes a while to extract, send and write (about 400 KB, a 20,000-word index). */
const PARAGRAPHS = 800;
const MARKER = /zmark([a-z]+)/g;

const editionName = (round: number) =>
  round.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
const articlePath = (edition: string) => `/crash-article.html?edition=${edition}&paragraphs=${PARAGRAPHS}`;
const markersIn = (text: string) => new Set(Array.from(text.matchAll(MARKER), (m) => m[1]!));

/**
 * Which edition a stored record is, if it is whole: summary, body and word index all present and all of
 * the same edition. Null for a record a crash left half-written.
 */
function editionOf(record: StoredRecord): string | null {
  if (!record.summary || !record.body || !record.words) return null;
  const [fromTitle, ...more] = markersIn(String(record.summary.title));
  if (!fromTitle || more.length > 0) return null;
  const sameEverywhere = [record.body.text, record.body.html, record.words.join(' ')].every((part) => {
    const found = markersIn(part);
    return found.size === 1 && found.has(fromTitle);
  });
  return sameEverywhere && record.body.text.length > 100_000 ? fromTitle : null;
}

/**
 * Sends the toolbar popup's Save for the tab of `article` from an extension page, as the popup does.
 * Resolves once it is sent; `done` resolves with the time the whole save took (extract, send, write).
 */
async function startSave(browser: CrashableBrowser, article: Page): Promise<{ done: Promise<number> }> {
  const extensionPage = await browser.newPage(browser.extensionUrl('popup.html'));
  const tabId = await extensionPage.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> } };
    };
    return (await chrome.tabs.query({})).find((t) => t.url === url)!.id;
  }, article.url());
  const started = Date.now();
  const done = extensionPage
    .evaluate(async (id) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } };
      };
      return chrome.runtime.sendMessage({ lectern: 'saveTab', data: { tabId: id } });
    }, tabId)
    .then((result) => {
      if (!result.ok) throw new Error(`The save failed: ${JSON.stringify(result)}`);
      return Date.now() - started;
    });
  // Killed browsers never answer; only the calibration save is awaited.
  done.catch(() => undefined);
  return { done };
}

/**
 * When round `round` kills the browser: the first right after the click, the last just after the save
 * was confirmed (a confirmed save must survive), the others spread over the second half of a save's time,
 * where the article is sent and written (extracting a long page takes the first half).
 */
async function killMoment(round: number, saveMs: number, done: Promise<number>): Promise<void> {
  if (round === ROUNDS) {
    await done;
    return;
  }
  const share = round === 1 ? 0 : 0.5 + (0.55 * (round - 2)) / Math.max(1, ROUNDS - 3);
  await new Promise((resolve) => setTimeout(resolve, Math.round(saveMs * share)));
}

/** Waits until a save of `edition` is in the library, whole. */
async function waitForEdition(browser: CrashableBrowser, edition: string): Promise<number> {
  const started = Date.now();
  await waitUntil(async () => {
    const records = Object.values(await readLibrary(browser));
    return records.some((record) => editionOf(record) === edition);
  }, `edition ${edition} saved`);
  return Date.now() - started;
}

/** Opens `edition` in a tab and gives Lectern the page with the toolbar button (which opens the reader). */
async function openEdition(browser: CrashableBrowser, url: string): Promise<Page> {
  const article = await browser.newPage(url);
  await browser.clickToolbarButton(article);
  await article.waitForSelector('lectern-reader', { state: 'attached', timeout: 30_000 });
  return article;
}

/** The reading list finds the article by its edition's marker word and shows its body when opened. */
async function checkInReadingList(browser: CrashableBrowser, edition: string): Promise<void> {
  const list = await browser.newPage(browser.extensionUrl('library.html'));
  await list.getByRole('searchbox', { name: 'Search articles' }).fill(`zmark${edition}`);
  const entries = list.locator('a[href^="#/article/"]');
  await waitUntil(async () => (await entries.count()) === 1, `a search result for edition ${edition}`);
  await entries.first().click();
  await list.getByRole('heading', { name: `Quay lamps, edition zmark${edition}` }).waitFor();
  await list.getByText(`zmark${edition}`).nth(5).waitFor();
  await list.close();
}

describe('a browser crash in the middle of a save', () => {
  const suite = useExtensionBrowser({ kind: CrashableBrowser, profile: 'lectern-crash-' });
  const open = suite.browser;
  const server = suite.server;

  it(
    'leaves every record whole, old or new, however early or late the browser is killed',
    async () => {
      // Two records: one the crashes never touch, and the one each round saves a new edition of.
      const seed = await openEdition(open(), server().url(SEED_PAGE_PATH));
      await (
        await startSave(open(), seed)
      ).done;
      let committed = editionName(0);
      const first = await openEdition(open(), server().url(articlePath(committed)));
      // How long one whole save takes here, from the click to the answer: the kills are placed by it.
      const saveMs = await (await startSave(open(), first)).done;
      await waitForEdition(open(), committed);
      const before = await readLibrary(open());
      const seedRecord = Object.values(before).find((r) => r.summary?.title === seedNews.title)!;

      const outcomes: Array<{ killedAfterMs: number; kept: 'old' | 'new' | 'corrupt' | 'lost' }> = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const edition = editionName(round);
        const article = await openEdition(open(), server().url(articlePath(edition)));
        const { done } = await startSave(open(), article);
        const started = Date.now();
        await killMoment(round, saveMs, done);
        const killedAfterMs = Date.now() - started;
        open().kill();
        await suite.relaunch((killed) => killed.forget());

        const records = await readLibrary(open());
        const crashRecords = Object.values(records).filter(
          (r) => r !== records[seedRecord.summary.id as string],
        );
        const kept = crashRecords.map(editionOf);
        const outcome =
          crashRecords.length === 0
            ? 'lost'
            : crashRecords.length > 1 || kept[0] === null
              ? 'corrupt'
              : kept[0] === committed
                ? 'old'
                : kept[0] === edition
                  ? 'new'
                  : 'corrupt';
        outcomes.push({ killedAfterMs, kept: outcome });
        expect(outcome, `round ${round}, killed ${killedAfterMs} ms after the click`).toMatch(/^(old|new)$/);
        expect(records[seedRecord.summary.id as string]).toEqual(seedRecord);
        if (outcome === 'new') committed = edition;
        await checkInReadingList(open(), committed);
      }

      const survived = outcomes.filter((o) => o.kept === 'old' || o.kept === 'new').length;
      const lost = outcomes.filter((o) => o.kept === 'lost' || o.kept === 'corrupt').length;
      console.log(
        [
          `one whole save: ${saveMs} ms`,
          'killed after (ms) | record kept',
          ...outcomes.map((o) => `${String(o.killedAfterMs).padStart(17)} | ${o.kept}`),
          JSON.stringify({ crashes: outcomes.length, survived, recordsLost: lost, saveMs }),
        ].join('\n'),
      );
      expect(outcomes.some((o) => o.kept === 'old')).toBe(true);
      expect(outcomes.some((o) => o.kept === 'new')).toBe(true);
    },
    30_000 + ROUNDS * 30_000,
  );
});
