import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { clickClosingFrame } from './chromium/click-closing';
import { LibraryBrowser } from './chromium/library-browser';
import { dragSelect, marksIn } from './chromium/text-in-reader';
import { pageFile } from './harness/page-server';
import { SEED_NEWS_DIR } from './harness/paths';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { hasNode, waitForAx } from './library/steps';
import { dialogs, waitUntil } from './scenarios/reader-ui';
import { SEED_PAGE_PATH, seedNews } from './scenarios/seed-news';
import { blocking, runAxe } from './support/axe';

const MOUSE = 'direct and continuous dialogue';
const KEYBOARD_START = 'mutual understanding';
const KEYBOARD = 'mutual understanding and stabilization';
const NOTED = 'telephone call';
const NOTE = 'Ask who called whom <b>first</b>';
const TAG = 'europe';

/**
 * The seed page a little changed, as a site edits an article after it was highlighted: a paragraph more at
 * the top (every position moves), and words changed next to each highlighted passage (the quote's prefix
 * and suffix no longer match exactly).
 */
async function changedSeedPage(): Promise<string> {
  const source = await readFile(join(SEED_NEWS_DIR, 'source.html'), 'utf8');
  const edits: Array<[string, string]> = [
    ['According to Szijjarto, direct', 'According to Hungary’s foreign minister Szijjarto, a direct'],
    ['between the US and Russia', 'between Washington and Moscow'],
    ['hope for mutual', 'hopes for a mutual'],
    ['held a telephone call to discuss', 'held a long telephone call on Thursday to discuss'],
  ];
  let changed = source;
  for (const [from, to] of edits) {
    if (!changed.includes(from)) throw new Error(`The seed page no longer has "${from}".`);
    changed = changed.replace(from, to);
  }
  const firstParagraph = changed.indexOf('<p>According to');
  const added = '<p>Updated: this article was edited after publication to add reactions from Budapest.</p>\n';
  return changed.slice(0, firstParagraph) + added + changed.slice(firstParagraph);
}

// Runs against the built extension in .output/chrome-mv3: `npm run build` first.
describe('highlights kept across a restart, offline, a changed page and an export (Chromium)', () => {
  let pageChanged = false;
  const suite = useExtensionBrowser({
    kind: LibraryBrowser,
    profile: 'lectern-highlights-kept-',
    server: async (url) =>
      pageChanged && url.pathname === SEED_PAGE_PATH
        ? { body: await changedSeedPage(), type: 'text/html; charset=utf-8' }
        : pageFile(url),
  });
  const browser = () => suite.browser();
  const session = () => browser().tab.session;
  const page = () => browser().page;
  const frame = (pattern: RegExp) =>
    page()
      .frames()
      .find((f) => pattern.test(f.url()));
  const openReader = async () => {
    await browser().openPage(suite.server().url(SEED_PAGE_PATH), { width: 1100, height: 800 });
    await browser().clickToolbarButton();
    await waitForAx(browser(), (t) => dialogs(t).length > 0, 'the reader');
  };
  const expectAllMarks = async () => {
    await waitForAx(browser(), hasNode('button', 'Highlights (3)'), 'the three highlights');
    await waitUntil(async () => (await marksIn(session())).length === 3, 'three marks in the article');
    expect(await marksIn(session())).toEqual(
      expect.arrayContaining([
        { text: MOUSE, color: 'green', note: false },
        { text: KEYBOARD, color: 'yellow', note: false },
        { text: NOTED, color: 'yellow', note: true },
      ]),
    );
  };
  const openLibrary = async (hash = '') => {
    await browser().openPage(browser().extensionUrl(`library.html${hash}`), { width: 1100, height: 900 });
  };
  const rowQuotes = () => page().locator('.highlight-rows blockquote').allTextContents();
  const expectNoSeriousAxe = async () => expect(blocking(await runAxe(session()))).toEqual([]);
  afterEach(() => expect(browser().uncaughtErrors()).toEqual([]));

  it('highlights by mouse and by keyboard, adds a note and a tag', async () => {
    await openReader();
    await dragSelect(page(), session(), MOUSE);
    await waitForAx(browser(), hasNode('button', 'Highlight in green'), 'the selection toolbar');
    await browser().clickByRole('button', 'Highlight in green');
    await waitForAx(browser(), hasNode('button', 'Highlights (1)'), 'the first highlight');

    await dragSelect(page(), session(), KEYBOARD_START);
    for (let i = KEYBOARD_START.length; i < KEYBOARD.length; i++)
      await page().keyboard.press('Shift+ArrowRight');
    await page().keyboard.press('h');
    await waitForAx(browser(), hasNode('button', 'Highlights (2)'), 'the keyboard highlight');

    await dragSelect(page(), session(), NOTED);
    await waitForAx(browser(), hasNode('button', 'Add note'), 'the selection toolbar');
    await browser().clickByRole('button', 'Add note');
    await waitUntil(async () => frame(/highlight=.*focus=note/) !== undefined, 'the note editor');
    const editor = frame(/highlight=/)!;
    await waitUntil(() => editor.getByLabel('Note').isVisible(), 'the note field');
    await editor.getByLabel('Note').fill(NOTE);
    await clickClosingFrame(
      page(),
      editor.getByRole('button', { name: 'Done' }),
      async () => frame(/highlight=/) === undefined,
      'the editor to close',
    );
    await expectAllMarks();

    await browser().clickByRole('button', 'Saved');
    await waitUntil(async () => browser().saveFrame() !== undefined, 'the save popup');
    const popup: Frame = browser().saveFrame()!;
    await popup.getByRole('combobox', { name: 'Add a tag' }).fill(TAG);
    await popup.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await waitUntil(() => popup.getByRole('button', { name: `Remove tag ${TAG}` }).isVisible(), 'the tag');
  });

  // A relaunch starts the browser again: on a loaded machine that alone can take half a minute.
  it('shows them again after the browser is restarted', { timeout: 120_000 }, async () => {
    await suite.relaunch();
    await openReader();
    await expectAllMarks();
  });

  it('still finds them when the page’s text changed a little', async () => {
    pageChanged = true;
    onTestFinished(() => void (pageChanged = false));
    await openReader();
    // The page now served is the changed one, so the anchoring had to look past moved and reworded text.
    expect(await page().evaluate(() => document.body.textContent)).toContain('Washington and Moscow');
    await expectAllMarks();
    await expectNoSeriousAxe();
  });

  it('shows them in the saved copy with the page server gone, with no serious accessibility problem', async () => {
    await suite.server().close();
    await openLibrary();
    await page().getByRole('link', { name: seedNews.title }).click();
    await waitUntil(() => page().getByRole('heading', { name: 'Highlights' }).isVisible(), 'the section');
    const marks = page().locator('mark.lectern-highlight');
    expect(await marks.allTextContents()).toEqual(expect.arrayContaining([MOUSE, KEYBOARD, NOTED]));
    expect(await page().locator('.article-highlights .note').allTextContents()).toEqual([NOTE]);
    await expectNoSeriousAxe();
  });

  it('lists every highlight in the Highlights view, searched and filtered; each opens its article at it', async () => {
    await openLibrary();
    await page().getByRole('link', { name: 'Highlights' }).click();
    await waitUntil(async () => (await rowQuotes()).length === 3, 'three highlights in the view');
    expect(await page().locator('.highlight-rows .note').allTextContents()).toEqual([NOTE]);
    expect(await page().locator('.highlight-source').first().textContent()).toContain(seedNews.title);
    await expectNoSeriousAxe();
    await browser().screenshot('highlights-view.png');

    const search = page().getByRole('searchbox', { name: 'Search highlights and notes' });
    await search.fill('WHOM');
    await waitUntil(async () => (await rowQuotes()).length === 1, 'a search in the notes');
    expect((await rowQuotes())[0]).toContain(NOTED);
    await search.fill('continuous');
    await waitUntil(async () => (await rowQuotes()).length === 1, 'a search in the quotes');
    await search.fill('');
    await page().getByRole('button', { name: 'green' }).click();
    await waitUntil(async () => (await rowQuotes()).length === 1, 'the green ones');
    expect((await rowQuotes())[0]).toContain(MOUSE);
    await page().getByRole('button', { name: 'All colours' }).click();
    await page().getByRole('combobox', { name: 'Tag' }).selectOption(TAG);
    await waitUntil(async () => (await rowQuotes()).length === 3, 'the tagged article’s highlights');
    expect(await page().locator('.highlights-count').textContent()).toBe('Highlights shown: 3');

    await search.fill('whom');
    await waitUntil(async () => (await rowQuotes()).length === 1, 'the noted highlight');
    await page().getByRole('link', { name: 'Show in article' }).click();
    await waitUntil(async () => /\/highlight\//.test(page().url()), 'the article at the highlight');
    await waitUntil(
      () =>
        page().evaluate(() => {
          const focused = document.activeElement;
          if (!(focused instanceof HTMLElement) || focused.localName !== 'mark') return false;
          const box = focused.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight;
        }),
      'the highlight focused and on screen',
    );
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe(NOTED);
    // Far down the article: opening it where the user left off (the top) would not show it.
    expect(await page().evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  it(
    'exports Markdown and JSON with the highlights; a fresh profile that imports the JSON has them',
    {
      timeout: 120_000,
    },
    async () => {
      await openLibrary();
      await page().getByRole('link', { name: seedNews.title }).click();
      await waitUntil(() => page().getByRole('heading', { name: 'Highlights' }).isVisible(), 'the article');
      const markdownDownload = page().waitForEvent('download');
      await page().getByRole('button', { name: 'Export as Markdown' }).click();
      const markdown = await readFile((await (await markdownDownload).path())!, 'utf8');
      expect(markdown).toContain('\n## Highlights\n');
      expect(markdown).toContain(`> ${MOUSE}`);
      // The note as text under its quote: its markup escaped, never a tag in the Markdown.
      expect(markdown).toContain(`> ${NOTED}\n\nAsk who called whom &lt;b`);
      expect(markdown).not.toContain('<b>first');

      await openLibrary();
      const jsonDownload = page().waitForEvent('download');
      await page().getByRole('button', { name: 'JSON', exact: true }).click();
      const fresh = await suite.newProfile('lectern-highlights-fresh-');
      const file = join(fresh, '..', `${Date.now()}-lectern-highlights.json`);
      await (await jsonDownload).saveAs(file);
      onTestFinished(() => rm(file, { force: true }));

      await suite.relaunch(undefined, fresh);
      await openLibrary(`#/highlights`);
      await waitUntil(
        () => page().getByText('No highlights yet.').isVisible(),
        'no highlights in the new profile',
      );
      await openLibrary();
      await page().locator('input[type=file]').setInputFiles(file);
      await waitForAx(browser(), hasNode('link', seedNews.title), 'the imported article');
      await page().getByRole('link', { name: 'Highlights' }).click();
      await waitUntil(async () => (await rowQuotes()).length === 3, 'the imported highlights');
      expect(await page().locator('.highlight-rows .note').allTextContents()).toEqual([NOTE]);
      await page().getByRole('link', { name: 'Show in article' }).first().click();
      await waitUntil(async () => (await page().locator('mark.lectern-highlight').count()) >= 3, 'the marks');
      expect(await page().locator('mark.lectern-highlight').allTextContents()).toEqual(
        expect.arrayContaining([MOUSE, KEYBOARD, NOTED]),
      );
    },
  );
});
