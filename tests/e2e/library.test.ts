import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { LibraryBrowser } from './chromium/library-browser';
import { entryLinks, hasNode, waitForAx } from './library/steps';
import { pressSave } from './security-data/save-from-reader';
import { setSetting } from './security-data/snapshot';
import { byRole, collapse, findAll, textOf } from './support/ax-tree';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { dialogs, waitUntil } from './scenarios/reader-ui';
import { SEED_PAGE_PATH, seedNews } from './scenarios/seed-news';

/** A word of the seed article's body that is not in its title. */
const BODY_WORD = 'stabilization';

interface ExportFile {
  format: string;
  articles: Array<Record<string, unknown>>;
}

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('Lectern’s reading list in Chromium', () => {
  const suite = useExtensionBrowser({ kind: LibraryBrowser, profile: 'lectern-profile-' });
  const open = () => suite.browser();
  const server = () => suite.server();

  afterEach(() => {
    expect(open().uncaughtErrors()).toEqual([]);
  });

  it('saves the article from the reader’s Save button; the save popup shows it saved, takes a tag, and goes with the reader', async () => {
    await open().openPage(server().url(SEED_PAGE_PATH));
    const htmlBefore = await open().page.evaluate(() => document.documentElement.outerHTML);
    await open().clickToolbarButton();
    await waitForAx(
      open(),
      (tree) => dialogs(tree).length > 0 && hasNode('button', 'Save')(tree),
      'the reader with a Save button',
    );

    await pressSave(open());
    const frame = open().saveFrame()!;
    expect(await frame.getByLabel('Title').inputValue()).toBe(seedNews.title);
    await frame.getByRole('combobox', { name: 'Add a tag' }).fill('europe');
    await frame.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await waitUntil(
      async () => frame.getByRole('button', { name: 'Remove tag europe' }).isVisible(),
      'the new tag',
    );
    await open().screenshot('save-popup.png');

    await frame.getByRole('button', { name: 'Done' }).click();
    await waitUntil(async () => open().saveFrame() === undefined, 'the save popup to close');
    await open().page.keyboard.press('Escape');
    await waitForAx(open(), (tree) => dialogs(tree).length === 0, 'the reader to close');
    expect(await open().page.evaluate(() => document.documentElement.outerHTML)).toBe(htmlBefore);
  });

  it('knows a saved page again by its canonical URL (no tracking parameters, no fragment): the reader says Saved, the list has one entry', async () => {
    await open().openPage(server().url(`${SEED_PAGE_PATH}?utm_source=newsletter#comments`));
    await open().clickToolbarButton();
    const tree = await waitForAx(
      open(),
      hasNode('button', 'Saved'),
      'the Saved button of an already saved page',
    );
    expect(findAll(tree, byRole('button', 'Save'))).toEqual([]);
    await open().page.keyboard.press('Escape');

    await open().openPage(open().extensionUrl('library.html'));
    await waitUntil(async () => (await entryLinks(open())).length > 0, 'the reading list');
    expect(await entryLinks(open())).toEqual([seedNews.title]);
  });

  it('after a restart with the page server gone, finds the article by a word of its body and shows it offline', async () => {
    await server().close();
    await suite.relaunch();

    await open().openPage(open().extensionUrl('library.html'));
    await waitForAx(open(), hasNode('link', seedNews.title), 'the saved article in the list');
    await open().page.keyboard.press('/');
    await open().page.keyboard.type(BODY_WORD.slice(0, 6));
    await waitUntil(async () => (await entryLinks(open())).length === 1, 'a search result');
    await open().page.keyboard.type(BODY_WORD.slice(6));
    expect(await open().page.getByRole('searchbox', { name: 'Search articles' }).inputValue()).toBe(
      BODY_WORD,
    );
    await open().page.keyboard.type(' zzzunknown');
    await waitUntil(
      async () => (await entryLinks(open())).length === 0,
      'no result for a word that is nowhere',
    );
    await open().page.getByRole('searchbox', { name: 'Search articles' }).fill(BODY_WORD);
    await waitUntil(async () => (await entryLinks(open())).length === 1, 'the result again');
    await open().screenshot('reading-list.png');

    await open().page.keyboard.press('Enter');
    const tree = await waitForAx(open(), hasNode('heading', seedNews.title), 'the saved article');
    const paragraphs = findAll(tree, byRole('paragraph')).map(textOf);
    expect(paragraphs.filter((text) => seedNews.paragraphs.includes(text))).toEqual(seedNews.paragraphs);
    expect(collapse(findAll(tree, byRole('heading', seedNews.title))[0]!.name)).toBe(seedNews.title);
  });

  it('exports everything as JSON, and a fresh profile that imports it has the same library', async () => {
    await open().openPage(open().extensionUrl('library.html'));
    await waitForAx(open(), hasNode('link', seedNews.title), 'the list');
    const download = open().page.waitForEvent('download');
    await open().page.getByRole('button', { name: 'JSON', exact: true }).click();
    const freshProfile = await suite.newProfile('lectern-fresh-');
    const file = join(freshProfile, '..', `${Date.now()}-lectern-export.json`);
    await (await download).saveAs(file);
    onTestFinished(() => rm(file, { force: true }));
    const exported = JSON.parse(await readFile(file, 'utf8')) as ExportFile;
    expect(exported.format).toBe('lectern-library');
    expect(exported.articles.map((a) => [a.title, a.tags])).toEqual([[seedNews.title, ['europe']]]);

    await suite.relaunch(undefined, freshProfile);
    await open().openPage(open().extensionUrl('library.html'));
    await waitForAx(open(), (tree) => textOf(tree).includes('Your reading list is empty'), 'an empty list');
    await open().page.locator('input[type=file]').setInputFiles(file);
    await waitForAx(open(), hasNode('link', seedNews.title), 'the imported article');
    expect(await open().page.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toBe(
      'Imported 1 new and 0 updated articles.',
    );

    const again = open().page.waitForEvent('download');
    await open().page.getByRole('button', { name: 'JSON', exact: true }).click();
    const reexported = JSON.parse(await readFile(await (await again).path(), 'utf8')) as ExportFile;
    expect(reexported.articles).toEqual(exported.articles);
  });

  it('turns a malformed import file away with a clear message and changes nothing', async () => {
    await open().openPage(open().extensionUrl('library.html'));
    await waitForAx(open(), hasNode('link', seedNews.title), 'the list');
    await open()
      .page.locator('input[type=file]')
      .setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"lectern-library","version":1,"articles":[{"id":"x"}]}'),
      });
    await waitUntil(async () => open().page.getByRole('alert').isVisible(), 'an error message');
    expect(await open().page.getByRole('alert').textContent()).toMatch(/damaged.*Nothing was changed/);
    expect(await entryLinks(open())).toEqual([seedNews.title]);
  });

  it('reopens an article where the reader left it', async () => {
    await open().openPage(open().extensionUrl('library.html'));
    await open().page.getByRole('link', { name: seedNews.title }).click();
    await waitForAx(open(), hasNode('heading', seedNews.title), 'the article');
    const left = await open().page.evaluate(() => {
      window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.6);
      return window.scrollY;
    });
    expect(left).toBeGreaterThan(200);
    await open().page.getByRole('link', { name: 'Back to the list' }).click();
    await open().page.getByRole('link', { name: seedNews.title }).click();
    await waitForAx(open(), hasNode('heading', seedNews.title), 'the article again');
    expect(Math.abs((await open().page.evaluate(() => window.scrollY)) - left)).toBeLessThanOrEqual(2);

    // In a new tab, after the browser has had the time to write it down.
    const articleUrl = open().page.url();
    await waitUntil(async () => {
      await open().openPage(articleUrl);
      await waitForAx(open(), hasNode('heading', seedNews.title), 'the article in a new tab');
      return Math.abs((await open().page.evaluate(() => window.scrollY)) - left) <= 2;
    }, 'the article to open at the place it was left');
  });

  it('archives, and deletes with Undo, from the article page; the list follows', async () => {
    const page = () => open().page;
    await open().openPage(open().extensionUrl('library.html'));
    await page().getByRole('link', { name: seedNews.title }).click();
    await page().getByRole('button', { name: 'Archive' }).click();
    await waitUntil(async () => page().getByRole('button', { name: 'Unarchive' }).isVisible(), 'Unarchive');
    await page().getByRole('link', { name: 'Back to the list' }).click();
    await waitUntil(
      async () => (await entryLinks(open())).length === 0,
      'the archived article to leave the list',
    );
    await page().getByRole('button', { name: 'Archived' }).click();
    await waitUntil(async () => (await entryLinks(open())).length === 1, 'the article under Archived');

    await page().getByRole('link', { name: seedNews.title }).click();
    await page().getByRole('button', { name: 'Delete' }).click();
    await waitUntil(async () => page().getByRole('button', { name: 'Undo' }).isVisible(), 'the Undo button');
    await page().getByRole('button', { name: 'Archived' }).click();
    await waitUntil(async () => page().getByText('No articles match.').isVisible(), 'an empty Archived list');
    expect(await entryLinks(open())).toEqual([]);
    await page().getByRole('button', { name: 'Undo' }).click();
    await page().getByRole('button', { name: 'Archived' }).click();
    await waitUntil(async () => (await entryLinks(open())).length === 1, 'the article back after Undo');
    await page().getByRole('link', { name: seedNews.title }).click();
    await page().getByRole('button', { name: 'Unarchive' }).click();
    await waitUntil(async () => page().getByRole('button', { name: 'Archive' }).isVisible(), 'Archive');
  });

  it('has a toolbar popup with Read, Save and the latest saves, switched on and off by the toolbarAction setting', async () => {
    const popupOf = () =>
      open().inBackground(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { action: { getPopup(d: object): Promise<string> } };
        };
        return chrome.action.getPopup({});
      }, null);
    expect(await popupOf()).toBe('');
    const setMode = (toolbarAction: string) => setSetting(open(), { toolbarAction });
    await setMode('open-popup');
    await waitUntil(async () => (await popupOf()).endsWith('/popup.html'), 'the popup to be switched on');
    await setMode('toggle-reader');
    await waitUntil(async () => (await popupOf()) === '', 'the popup to be switched off');

    await open().openPage(open().extensionUrl('popup.html'), { width: 340, height: 420 });
    await waitForAx(open(), hasNode('link', seedNews.title), 'the latest save in the popup');
    const tree = await open().axTree();
    for (const name of ['Read', 'Save']) expect(findAll(tree, byRole('button', name))).toHaveLength(1);
    expect(findAll(tree, byRole('link', 'Reading list'))).toHaveLength(1);
    await open().screenshot('toolbar-popup.png');
  });
});
