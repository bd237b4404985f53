import type { Frame } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { clickClosingFrame } from './chromium/click-closing';
import { LibraryBrowser } from './chromium/library-browser';
import { clickPhrase, dragSelect, marksIn, phraseBox } from './chromium/text-in-reader';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { hasNode, waitForAx } from './library/steps';
import { dialogs, waitUntil } from './scenarios/reader-ui';
import { SEED_PAGE_PATH } from './scenarios/seed-news';
import { blocking, runAxe } from './support/axe';

const MOUSE = 'direct and continuous dialogue';
const KEYBOARD_START = 'mutual understanding';
const KEYBOARD = 'mutual understanding and stabilization';
const NOTED = 'telephone call';
const NOTE = 'Ask who called whom <b>first</b>';

// Runs against the built extension in .output/chrome-mv3: `npm run build` first.
describe('highlights and notes in Chromium', () => {
  const suite = useExtensionBrowser({ kind: LibraryBrowser, profile: 'lectern-highlights-' });
  const browser = () => suite.browser();
  const session = () => browser().tab.session;
  const frame = (pattern: RegExp) =>
    browser()
      .page.frames()
      .find((f) => pattern.test(f.url()));
  const openReader = async () => {
    await browser().clickToolbarButton();
    await waitForAx(browser(), (t) => dialogs(t).length > 0, 'the reader');
  };
  // Done closes its own frame: clicked as a mouse does, then waited on until the frame is gone.
  const closeWithDone = (inFrame: Frame, url: RegExp, what: string) =>
    clickClosingFrame(
      browser().page,
      inFrame.getByRole('button', { name: 'Done' }),
      async () => frame(url) === undefined,
      what,
    );
  afterEach(() => expect(browser().uncaughtErrors()).toEqual([]));

  it('highlights by mouse on an unsaved page, saying that this saves it', async () => {
    await browser().openPage(suite.server().url(SEED_PAGE_PATH), { width: 1100, height: 800 });
    await openReader();
    await waitForAx(browser(), hasNode('button', 'Save'), 'the page not saved yet');

    await dragSelect(browser().page, session(), MOUSE);
    await waitForAx(browser(), hasNode('button', 'Highlight in green'), 'the selection toolbar');
    const tree = await browser().axTree();
    expect(JSON.stringify(tree)).toContain('Highlighting saves this page to your reading list.');
    await browser().screenshot('highlight-selection-toolbar.png');

    await browser().clickByRole('button', 'Highlight in green');
    await waitForAx(browser(), hasNode('button', 'Saved'), 'the page saved by the highlight');
    await waitForAx(browser(), hasNode('button', 'Highlights (1)'), 'one highlight');
    expect(JSON.stringify(await browser().axTree())).toContain('This page is now on your reading list.');
    expect(await marksIn(session())).toEqual([{ text: MOUSE, color: 'green', note: false }]);
  });

  it('highlights a keyboard-extended selection with the reader key h', async () => {
    await dragSelect(browser().page, session(), KEYBOARD_START);
    const extra = KEYBOARD.length - KEYBOARD_START.length;
    for (let i = 0; i < extra; i++) await browser().page.keyboard.press('Shift+ArrowRight');
    await browser().page.keyboard.press('h');
    await waitForAx(browser(), hasNode('button', 'Highlights (2)'), 'the second highlight');
    // The count can change a frame before the passage is painted (seen once in a full run).
    await expect
      .poll(() => marksIn(session()), { timeout: 10_000 })
      .toContainEqual({ text: KEYBOARD, color: 'yellow', note: false });
  });

  it('adds a note in the framed editor; the note never enters the page’s DOM', async () => {
    await dragSelect(browser().page, session(), NOTED);
    await waitForAx(browser(), hasNode('button', 'Add note'), 'the selection toolbar');
    await browser().clickByRole('button', 'Add note');
    await waitUntil(async () => frame(/highlight=.*focus=note/) !== undefined, 'the note editor');
    const editor = frame(/highlight=/)!;
    // Typed with real keys, so the field must hold the focus first (a user sees the caret there).
    await waitUntil(
      () =>
        editor
          .getByLabel('Note')
          .evaluate((field) => field === document.activeElement && document.hasFocus())
          .catch(() => false),
      'the note field to take the focus',
    );
    await browser().page.keyboard.type(NOTE);
    await closeWithDone(editor, /highlight=/, 'the editor to close');
    await waitUntil(
      async () => (await marksIn(session())).some((m) => m.text === NOTED && m.note),
      'the note mark',
    );
    const pageHtml = await browser().page.evaluate(() => document.documentElement.outerHTML);
    expect(pageHtml).not.toContain('called whom');
  });

  it('shows them again when the reader is closed and opened again; a click edits, Remove has Undo', async () => {
    await browser().page.keyboard.press('Escape');
    await waitForAx(browser(), (t) => dialogs(t).length === 0, 'the reader to close');
    await openReader();
    await waitForAx(browser(), hasNode('button', 'Highlights (3)'), 'three highlights back');
    expect(await marksIn(session())).toHaveLength(3);

    await clickPhrase(browser().page, session(), MOUSE);
    await waitUntil(async () => frame(/highlight=/) !== undefined, 'the editor of the clicked highlight');
    const editor = frame(/highlight=/)!;
    await editor.getByLabel('pink').check();
    await editor.getByRole('button', { name: 'Remove highlight' }).click();
    await waitUntil(() => editor.getByText('Highlight removed.').isVisible(), 'Undo offered');
    await waitForAx(browser(), hasNode('button', 'Highlights (2)'), 'the highlight gone');
    await editor.getByRole('button', { name: 'Undo' }).click();
    await waitForAx(browser(), hasNode('button', 'Highlights (3)'), 'the highlight back');
    expect((await marksIn(session())).find((m) => m.text === MOUSE)?.color).toBe('pink');
    await closeWithDone(editor, /highlight=/, 'the editor to close');

    await browser().clickByRole('button', 'Highlights (3)');
    await waitUntil(async () => frame(/highlights=/) !== undefined, 'the highlights list');
    const list = frame(/highlights=/)!;
    await waitUntil(() => list.getByText(NOTE).isVisible(), 'the note in the list, as text');
    expect(await list.getByRole('button', { name: 'Show in article' }).count()).toBe(3);
    await closeWithDone(list, /highlights=/, 'the list to close');
  });

  it('draws highlights in the light, dark, sepia and high-contrast themes, with no serious accessibility problem', async () => {
    const serious = (await runAxe(session())).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious).toEqual([]);
    await browser().clickByRole('button', 'Highlights (3)');
    await waitUntil(async () => frame(/highlights=/) !== undefined, 'the highlights list');
    await waitUntil(
      () =>
        frame(/highlights=/)!
          .getByText(NOTE)
          .isVisible(),
      'the list to load',
    );
    await browser().page.keyboard.press('Escape');
    await waitUntil(async () => frame(/highlights=/) === undefined, 'the list to close');
    // Focus is back in the reader: its keys work (t: the next theme, light then dark).
    await phraseBox(session(), KEYBOARD);
    await browser().page.keyboard.press('t');
    await browser().page.waitForTimeout(300);
    await browser().screenshot('highlights-light.png');
    await browser().page.keyboard.press('t');
    await browser().page.waitForTimeout(300);
    await browser().screenshot('highlights-dark.png');
    await browser().page.keyboard.press('t');
    await browser().page.waitForTimeout(300);
    await browser().screenshot('highlights-sepia.png');
    await browser().page.keyboard.press('t');
    await browser().page.waitForTimeout(300);
    await browser().screenshot('highlights-high-contrast.png');
    // Again in high contrast, whose colours differ most from the default theme's.
    expect(blocking(await runAxe(session()))).toEqual([]);
  });

  it('shows them in the saved copy on the reading list, the note as text', async () => {
    await browser().openPage(browser().extensionUrl('library.html'));
    await waitUntil(
      async () => (await browser().page.locator('a[href^="#/article/"]').count()) === 1,
      'the saved article',
    );
    await browser().page.locator('a[href^="#/article/"]').click();
    await waitUntil(
      () => browser().page.getByRole('heading', { name: 'Highlights' }).isVisible(),
      'the section',
    );
    const marks = browser().page.locator('mark.lectern-highlight');
    expect(await marks.allTextContents()).toEqual(expect.arrayContaining([MOUSE, NOTED]));
    expect(await browser().page.locator('.article-highlights .note').allTextContents()).toEqual([NOTE]);
    await marks.first().scrollIntoViewIfNeeded();
    await browser().screenshot('highlights-library.png');
  });
});
