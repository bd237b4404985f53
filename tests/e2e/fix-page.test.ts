import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { focusedInReader } from './chromium/focused-element';
import { ARTIFACTS_DIR } from './harness/paths';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { BROKEN_SERIES, fixPageSite, SERIES, TEXT_SERIES } from './support/fix-page-site';
import { byRole, findAll, textOf, type AxNode } from './support/ax-tree';
import { dialogText, noDialog, pickerOpen, readerShows, untilTree } from './support/reader-tree';

const COLUMNS = '/fix-page/two-columns.html';
const ROUNDUP = '/fix-page/roundup.html';

const suite = useExtensionBrowser({ server: fixPageSite });
const browser = () => suite.browser();
const until = (what: string, ready: (tree: AxNode) => boolean): Promise<AxNode> =>
  untilTree(() => browser().axTree(), what, ready);

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const { page } = await browser().openTab(suite.server().url(path), {
    accessibility: true,
    viewport: { width: 1200, height: 850 },
  });
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  return page;
}

const pageHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/** Clicks the toolbar button and waits for the reader to show `text`; a failure says what the click did. */
async function openReader(page: Page, text: string): Promise<AxNode> {
  await browser().clickToolbarButton(page);
  return browser().afterClick(() => until(`The reader showing "${text}"`, readerShows(text)), page);
}

// Runs against the built extension in .output/chrome-mv3: `npm run build` first.
describe('When extraction falls short (Chromium)', () => {
  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
  });

  it('a page that keeps part of its article behind "Continue reading" shows the quiet line', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(ROUNDUP, scheme);
      await openReader(page, 'Lamp 1, part 1');
      const tree = await until('The line', (t) => findAll(t, byRole('note')).length > 0);
      expect(textOf(findAll(tree, byRole('note'))[0]!)).toContain('Part of this page may be missing.');
      await page.screenshot({ path: resolve(ARTIFACTS_DIR, `fix-page-line-${scheme}.png`) });
    }
    await browser().clickByRole('button', 'Show the original page');
    await until('The reader closing', noDialog);
  });

  it('picks the other story by keyboard; the page is exactly as before afterwards', async () => {
    const page = await open(COLUMNS);
    const before = await pageHtml(page);
    await openReader(page, 'Ropewalk, part 1');
    // The reader kept both columns; the article is the second one alone.
    expect(dialogText(await browser().axTree())).toContain('Lighthouse keeper, part 1');
    await browser().clickByRole('button', 'Pick the article');
    await until('The picker', pickerOpen);
    // The picker starts on what the reader showed (both columns): ↓ the first column, → the one beside it.
    await page.keyboard.press('ArrowDown');
    await until('The first column announced', (t) =>
      findAll(t, byRole('status')).some((node) => textOf(node).includes('The ropewalk')),
    );
    await page.keyboard.press('ArrowRight');
    const tree = await until('The announcement', (t) =>
      findAll(t, byRole('status')).some((node) => textOf(node).includes('The lighthouse keeper')),
    );
    expect(findAll(tree, byRole('status')).map(textOf).join(' ')).toMatch(/^Section, \d+ words: /);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'fix-page-picker-light.png') });
    await page.keyboard.press('Enter');
    await until('The reader showing the picked story', readerShows('Lighthouse keeper, part 3'));
    expect(dialogText(await browser().axTree())).not.toContain('Ropewalk, part 1');
    await page.keyboard.press('Escape');
    await until('The reader closing', noDialog);
    expect(await pageHtml(page)).toBe(before);
    expect(browser().tab.errors).toEqual([]);
  });

  it('picks by mouse, and Escape in the picker goes back to the reader', async () => {
    const page = await open(COLUMNS, 'dark');
    await openReader(page, 'Ropewalk, part 1');
    await browser().clickByRole('button', 'Pick the article');
    await until('The picker', pickerOpen);
    await page.keyboard.press('Escape');
    await until('The reader again', readerShows('Ropewalk, part 1'));
    await browser().clickByRole('button', 'Pick the article');
    await until('The picker', pickerOpen);
    const box = await page.evaluate(() => {
      const { x, y } = document.getElementById('story-b')!.getBoundingClientRect();
      return { x, y };
    });
    // The column's own padding, not a paragraph in it.
    await page.mouse.move(box.x + 10, box.y + 10);
    await delay(200);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'fix-page-picker-dark.png') });
    await page.mouse.click(box.x + 10, box.y + 10);
    await until('The reader showing the picked story', readerShows('Lighthouse keeper, part 3'));
    expect(dialogText(await browser().axTree())).not.toContain('Ropewalk, part 1');
    expect(page.url()).toContain(COLUMNS);
  });

  it('removes a block from this reading, and undo brings it back', async () => {
    const page = await open(COLUMNS);
    await openReader(page, 'Ropewalk, part 2');
    await browser().clickByRole('button', 'Remove blocks');
    let target = null;
    for (let tries = 0; !target && tries < 50; tries++) {
      target = await focusedInReader(browser().tab.session, '[data-removable]:not(h2)');
      if (!target) await delay(100);
    }
    expect(target, 'no removable block in the reader').not.toBeNull();
    await page.mouse.click(target!.rect.x + 20, target!.rect.y + 8);
    await until(
      'Part 1 gone',
      (t) => !dialogText(t).includes('Ropewalk, part 1') && readerShows('part 2')(t),
    );
    expect(dialogText(await browser().axTree())).toContain('1 removed');
    await browser().clickByRole('button', 'Undo');
    await until('Part 1 back', readerShows('Ropewalk, part 1'));
    await browser().clickByRole('button', 'Done');
    expect(browser().tab.errors).toEqual([]);
  });

  it('merges a 3-page article in order, without the text every page repeats', async () => {
    const page = await open(SERIES);
    await openReader(page, 'Page 1, part 4');
    await browser().clickByRole('button', 'Load page 2 of 3');
    const tree = await until('All pages', readerShows('All 3 pages of the article are here.'));
    const text = dialogText(tree);
    const at = (part: string) => text.indexOf(part);
    expect(at('Page 1, part 1')).toBeGreaterThan(-1);
    expect(at('Page 1, part 4')).toBeLessThan(at('Page 2, part 1'));
    expect(at('Page 2, part 4')).toBeLessThan(at('Page 3, part 1'));
    expect(text.split('A standfirst every page repeats').length - 1).toBe(1);
    expect(text.split('The long harbour story').length - 1).toBeLessThanOrEqual(1);
    expect(browser().tab.errors).toEqual([]);
  });

  it('a next page that redirects elsewhere is a clear error, and the first page stays', async () => {
    const page = await open(BROKEN_SERIES);
    await openReader(page, 'Page 1, part 4');
    await browser().clickByRole('button', 'Load page 2 of 3');
    const tree = await until(
      'The error',
      readerShows('Page 2 could not be added: it moved to another address.'),
    );
    expect(dialogText(tree)).toContain('Page 1, part 4');
  });

  it('a next page that is not a web page is a clear error, and the first page stays', async () => {
    const page = await open(TEXT_SERIES);
    await openReader(page, 'Page 1, part 4');
    await browser().clickByRole('button', 'Load page 2 of 3');
    const tree = await until(
      'The error',
      readerShows('Page 2 could not be added: it is not a web page. The pages before it are here.'),
    );
    expect(dialogText(tree)).toContain('Page 1, part 1');
    expect(dialogText(tree)).not.toContain('as plain text');
  });

  it('"Pick the article" on the "No article found" notice; the whole page asks for a smaller part', async () => {
    const page = await open('/fix-page/short-note.html');
    const before = await pageHtml(page);
    await browser().clickToolbarButton(page);
    await until('The notice', (t) => findAll(t, byRole('button', 'Pick the article')).length > 0);
    await browser().clickByRole('button', 'Pick the article');
    await until('The picker', pickerOpen);
    // Up to the note (the only block on the page): choosing it is choosing the whole page.
    const status = (t: AxNode) => findAll(t, byRole('status')).map(textOf).join(' ');
    for (let presses = 0; presses < 3; presses++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await until('The whole-page answer', (t) => status(t).startsWith('That is the whole page.'));
    await page.keyboard.press('ArrowDown');
    await until('A paragraph', (t) => status(t).includes('The harbour lamps'));
    await page.keyboard.press('Enter');
    await until('The reader showing the paragraph', readerShows('The harbour lamps are lit at dusk.'));
    await page.keyboard.press('Escape');
    await until('The reader closing', noDialog);
    expect(await pageHtml(page)).toBe(before);
  });

  it('with "Load an article\'s next pages as the reader opens" on, all pages come without a click', async () => {
    const settingName = "Load an article's next pages as the reader opens";
    await browser().openTab(browser().extensionUrl('options.html'), { accessibility: true });
    await until('The options page', (t) => findAll(t, byRole('checkbox', settingName)).length > 0);
    await browser().clickByRole('checkbox', settingName);
    await until(
      'The setting on',
      (t) => String(findAll(t, byRole('checkbox', settingName))[0]?.properties.checked) === 'true',
    );
    const page = await open(SERIES);
    const tree = await openReader(page, 'All 3 pages of the article are here.');
    const text = dialogText(tree);
    expect(text.indexOf('Page 1, part 4')).toBeLessThan(text.indexOf('Page 3, part 1'));
    expect(findAll(tree, byRole('button', 'Load page 2 of 3'))).toEqual([]);
  });
});
