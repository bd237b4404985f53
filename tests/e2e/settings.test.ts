import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAxTree } from './chromium/ax';
import { computedStyle, renderedFonts } from './chromium/computed-style';
import { byRole, findAll, outline, type AxNode } from './support/ax-tree';
import { blocking, runAxe } from './support/axe';
import { ARTIFACTS_DIR } from './harness/paths';
import { SEED_CLUTTER_SELECTORS } from './scenarios/seed-news';
import { SEED_PAGE_PATH } from './harness/page-server';
import { useExtensionBrowser } from './harness/use-extension-browser';

// Runs against the built extension in .output/chrome-mv3: `npm run build` first.
const THEME_BACKGROUNDS = {
  light: 'rgb(251, 251, 248)',
  dark: 'rgb(27, 29, 33)',
  sepia: 'rgb(246, 239, 226)',
  'high-contrast': 'rgb(0, 0, 0)',
} as const;
const THEME_NAMES = {
  light: 'Light',
  dark: 'Dark',
  sepia: 'Sepia',
  'high-contrast': 'High contrast',
} as const;

const suite = useExtensionBrowser();
const browser = suite.browser;

interface Tab {
  page: Page;
  session: CDPSession;
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Waited for ${what}; last found: ${JSON.stringify(value)}`);
    await delay(100);
  }
}

const dialogsIn = (tree: AxNode) => findAll(tree, byRole('dialog'));

/** Opens the seed article in a new tab and opens the reader on it with a real toolbar click. */
async function openReaderTab(): Promise<Tab> {
  const { page, session } = await browser().openTab(suite.server().url(SEED_PAGE_PATH), {
    beside: true,
    accessibility: true,
  });
  await browser().clickToolbarButton(page);
  await waitFor(
    () => readAxTree(session),
    (tree) => dialogsIn(tree).length === 1,
    'the reader to open',
  );
  return { page, session };
}

async function openOptions(): Promise<Page> {
  const { page } = await browser().openTab(browser().extensionUrl('options.html'), { beside: true });
  await page.getByRole('heading', { name: 'Lectern settings' }).waitFor();
  return page;
}

const readerStyle = (tab: Tab) =>
  computedStyle(tab.session, 'dialog', 'reader', ['background-color', 'font-size', 'font-family']);

describe('Lectern settings in Chromium', () => {
  afterEach(() => {
    // Settings changes wake the background (auto-open registration): it must not have failed on any.
    expect(browser().backgroundErrors()).toEqual([]);
  });
  beforeEach(async () => {
    for (const page of browser().chromium.context.pages()) await page.close();
    await browser().inBackground(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }
      ).chrome.storage.sync.clear(),
    );
  });

  it('a theme and text size chosen on the options page restyle an open reader, without reloading it', async () => {
    const reader = await openReaderTab();
    await reader.page.evaluate(
      () => ((window as unknown as { lecternTestMark: number }).lecternTestMark = 1),
    );
    expect(await readerStyle(reader)).toMatchObject({
      'background-color': THEME_BACKGROUNDS.light,
      'font-size': '20px',
    });

    const options = await openOptions();
    await options.getByRole('radio', { name: 'Dark' }).check();
    await options.getByRole('slider', { name: 'Text size' }).fill('26');

    await waitFor(
      () => readerStyle(reader),
      (style) => style?.['background-color'] === THEME_BACKGROUNDS.dark && style['font-size'] === '26px',
      'the reader to turn dark with 26px text',
    );
    // Same document: a reload would have lost the mark, and the reader would have closed.
    expect(
      await reader.page.evaluate(() => (window as unknown as { lecternTestMark?: number }).lecternTestMark),
    ).toBe(1);
    expect(dialogsIn(await readAxTree(reader.session))).toHaveLength(1);
    // The options page's own preview follows as well.
    expect(
      await options
        .getByRole('region', { name: 'Preview' })
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe(THEME_BACKGROUNDS.dark);
  });

  it('a corrupt stored value never breaks the reader: it opens with that setting at its default', async () => {
    await browser().inBackground(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
      ).chrome.storage.sync.set({
        settings: { theme: 'dark', fontSize: 'huge', keys: 7, fontFamily: null },
        settings$: { v: 2 },
      }),
    );
    const reader = await openReaderTab();
    expect(await readerStyle(reader)).toMatchObject({
      'background-color': THEME_BACKGROUNDS.dark,
      'font-size': '20px',
    });
  });

  it('with “Hide the page’s clutter” unticked, the reader opens and leaves the page’s sidebar and ticker alone', async () => {
    const options = await openOptions();
    const toggle = options.getByRole('checkbox', { name: "Hide the page's clutter while reading" });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await waitFor(
      () =>
        browser().inBackground(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
          };
          const { settings } = await chrome.storage.sync.get('settings');
          return (settings as { hideClutter?: boolean } | undefined)?.hideClutter;
        }),
      (hideClutter) => hideClutter === false,
      'the setting to be saved',
    );
    const reader = await openReaderTab();
    // Clutter is hidden within 150 ms of the reader being drawn when the setting is on; look well after that.
    await reader.page.waitForTimeout(600);
    const displays = await reader.page.evaluate(
      (selectors) => selectors.map((s) => getComputedStyle(document.querySelector(s)!).display),
      SEED_CLUTTER_SELECTORS,
    );
    expect(displays).not.toContain('none');
  });

  it('keys inside the reader change text size and theme and open the help; Escape closes the help first', async () => {
    const reader = await openReaderTab();
    await reader.page.keyboard.press('+');
    await reader.page.keyboard.press('+');
    await waitFor(
      () => readerStyle(reader),
      (s) => s?.['font-size'] === '22px',
      'text two steps larger',
    );
    // auto → light → dark
    await reader.page.keyboard.press('t');
    await reader.page.keyboard.press('t');
    await waitFor(
      () => readerStyle(reader),
      (s) => s?.['background-color'] === THEME_BACKGROUNDS.dark,
      'the dark theme',
    );

    await reader.page.keyboard.press('?');
    const help = (tree: AxNode) => findAll(tree, byRole('region', 'Keyboard shortcuts'));
    const tree = await waitFor(
      () => readAxTree(reader.session),
      (t) => help(t).length === 1,
      'the help panel',
    );
    expect(outline(help(tree)[0]!)).toContain('Next theme');

    await reader.page.keyboard.press('Escape');
    await waitFor(
      () => readAxTree(reader.session),
      (t) => help(t).length === 0,
      'the help panel to close',
    );
    expect(dialogsIn(await readAxTree(reader.session))).toHaveLength(1);
    await reader.page.keyboard.press('Escape');
    await waitFor(
      () => readAxTree(reader.session),
      (t) => dialogsIn(t).length === 0,
      'the reader to close',
    );
  });

  it('the bundled Atkinson Hyperlegible font renders the article, and leaves the page’s fonts as they were on close', async () => {
    const reader = await openReaderTab();
    const pageFonts = () => reader.page.evaluate(() => [...document.fonts].map((f) => f.family));
    // The reader is open, with the faces of its default font added: the page's own are the rest.
    const pageOwn = (await pageFonts()).filter((family) => !family.startsWith('lectern-'));
    const options = await openOptions();
    await options.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
    // The options page's preview loads the font's files from the extension itself.
    const optionsSession = await options.context().newCDPSession(options);
    await waitFor(
      () => renderedFonts(optionsSession, 'h1', 'lectern-preview-article'),
      (families) => families.some((family) => /Atkinson Hyperlegible/i.test(family)),
      'the preview title to be drawn in Atkinson Hyperlegible',
    );
    await reader.page.bringToFront();
    await waitFor(
      () => readerStyle(reader),
      (s) => s?.['font-family']?.includes('lectern-atkinson-hyperlegible') === true,
      'the reader to ask for the bundled font',
    );
    await waitFor(
      () => renderedFonts(reader.session, 'h1', 'lectern-reader-title'),
      (families) => families.some((family) => /Atkinson Hyperlegible/i.test(family)),
      'the title to be drawn in Atkinson Hyperlegible',
    );
    // Under a name drawn when the reader opened, which a page cannot know in advance.
    expect(
      (await pageFonts()).filter((family) => family.startsWith('lectern-atkinson-hyperlegible-')),
    ).toEqual([
      expect.stringMatching(/^lectern-atkinson-hyperlegible-[0-9a-z]{14}$/),
      expect.stringMatching(/^lectern-atkinson-hyperlegible-[0-9a-z]{14}$/),
    ]);

    await reader.page.keyboard.press('Escape');
    await waitFor(
      () => readAxTree(reader.session),
      (t) => dialogsIn(t).length === 0,
      'the reader to close',
    );
    expect(await pageFonts()).toEqual(pageOwn);
  });

  it('importing a broken settings file says so and changes nothing', async () => {
    const options = await openOptions();
    await options.getByRole('radio', { name: 'Sepia' }).check();
    await options.getByLabel('Import settings from a file').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ lectern: 'settings', version: 2, settings: { theme: 'neon' } })),
    });
    await expect
      .poll(() => options.getByRole('status').last().textContent())
      .toBe('Nothing was changed: these settings have invalid values: theme');
    expect(await options.getByRole('radio', { name: 'Sepia' }).isChecked()).toBe(true);

    await options.getByLabel('Import settings from a file').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    });
    await expect
      .poll(() => options.getByRole('status').last().textContent())
      .toBe('Nothing was changed: the file is not JSON.');
    await options.reload();
    expect(await options.getByRole('radio', { name: 'Sepia' }).isChecked()).toBe(true);
  });

  it('lists the browser shortcuts with the keys the browser gave them', async () => {
    const commands = await browser().inBackground(() =>
      (
        globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<Array<{ name: string; shortcut?: string }>> } };
        }
      ).chrome.commands.getAll(),
    );
    const toggle = commands.find((command) => command.name === 'toggle-reader');
    // A fresh profile gives the reader its keys (tests/e2e/shortcuts.test.ts presses them).
    expect(toggle?.shortcut).toBe('Alt+Shift+L');
    const options = await openOptions();
    const row = options.getByRole('row', { name: /Open or close the reader/ });
    await expect.poll(() => row.textContent()).toBe('Open or close the readerAlt+Shift+L');
    expect(await options.getByRole('button', { name: "Open the browser's shortcuts page" }).count()).toBe(1);
  });

  it('has no serious or critical accessibility violations: options page and open reader, in every theme', async () => {
    const options = await openOptions();
    const optionsSession = await browser().chromium.context.newCDPSession(options);
    expect(blocking(await runAxe(optionsSession))).toEqual([]);

    const reader = await openReaderTab();
    for (const theme of ['light', 'dark', 'sepia', 'high-contrast'] as const) {
      await options.getByRole('radio', { name: THEME_NAMES[theme] }).check();
      await reader.page.bringToFront();
      await waitFor(
        () => readerStyle(reader),
        (s) => s?.['background-color'] === THEME_BACKGROUNDS[theme],
        `the ${theme} theme`,
      );
      expect(blocking(await runAxe(reader.session, ['lectern-reader'])), theme).toEqual([]);
      await reader.page.screenshot({ path: resolve(ARTIFACTS_DIR, `theme-${theme}.png`), caret: 'initial' });
    }
    // The reader's help panel too, open over the article.
    await reader.page.keyboard.press('?');
    expect(blocking(await runAxe(reader.session, ['lectern-reader']))).toEqual([]);
    await reader.page.screenshot({ path: resolve(ARTIFACTS_DIR, 'reader-help.png'), caret: 'initial' });
    await options.bringToFront();
    await options.screenshot({
      path: resolve(ARTIFACTS_DIR, 'options.png'),
      caret: 'initial',
      fullPage: true,
    });
  });
});
