import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { ARTICLE_PHRASE, generatePage } from './pathological/pages';
import {
  Browser,
  NO_ARTICLE_MESSAGE,
  NOTICE_HOST,
  READER_HOST,
  UNSUPPORTED_MESSAGE,
  waitFor,
  type Tab,
} from './pathological/harness';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const markup = (t: Tab) => t.page.evaluate(() => document.documentElement.outerHTML);
/** Lectern's traces in the page: its hosts, hidden markers and stylesheet. */
const traces = (t: Tab) =>
  t.page.evaluate(
    () =>
      document.querySelectorAll(
        'lectern-reader, lectern-notice, [data-lectern-hidden], #lectern-declutter-style',
      ).length,
  );

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('Lectern on odd documents (Chromium)', () => {
  const suite = useExtensionBrowser({ kind: Browser, server: generatePage });
  const browser = () => suite.browser();
  let tab: Tab | null = null;

  afterEach(() => {
    // Whatever happened, no context of the extension (background, the reader in the page) threw.
    expect(tab?.errors ?? []).toEqual([]);
    expect(browser().backgroundErrors()).toEqual([]);
    tab = null;
  });

  async function open(url: string): Promise<Tab> {
    tab = await browser().open(url.startsWith('about:') ? url : suite.server().url(url));
    return tab;
  }

  const badgeShown = async (t: Tab) => ((await t.badgeText()) !== '' ? true : null);

  it('about:blank: the "!" badge, nothing in the page', async () => {
    const t = await open('about:blank');
    await t.clickToolbarButton();
    await waitFor(() => badgeShown(t), 'a badge on the toolbar button');
    expect(await t.badgeText()).toBe('!');
    expect(await traces(t)).toBe(0);
  });

  for (const [name, path] of [
    ['an XML document', '/odd/xml'],
    ['an SVG document', '/odd/svg'],
  ] as const) {
    it(`${name}: the "!" badge saying it cannot read this kind of document; the document untouched`, async () => {
      const t = await open(path);
      const before = await markup(t);
      await t.clickToolbarButton();
      await waitFor(() => badgeShown(t), 'a badge on the toolbar button');
      expect(await t.badgeText()).toBe('!');
      expect(await t.badgeTitle()).toContain(UNSUPPORTED_MESSAGE);
      // Nothing was added to a document that cannot show it.
      expect(await markup(t)).toBe(before);
    });
  }

  it('a frameset page: the "!" badge and the "can\'t read this kind of document" notice', async () => {
    const t = await open('/odd/frameset');
    await t.clickToolbarButton();
    await waitFor(() => badgeShown(t), 'a badge on the toolbar button');
    expect(await t.badgeTitle()).toContain(UNSUPPORTED_MESSAGE);
    expect(collapse(await t.textIn(NOTICE_HOST))).toContain(UNSUPPORTED_MESSAGE);
    expect((await t.hosts()).reader).toBe(false);
  });

  it('a page whose script removed <body>: the "can\'t read this kind of document" notice, no reader', async () => {
    const t = await open('/odd/no-body');
    expect(await t.page.evaluate(() => document.body)).toBeNull();
    await t.clickToolbarButton();
    await waitFor(async () => ((await t.hosts()).notice ? true : null), 'the notice');
    expect(collapse(await t.textIn(NOTICE_HOST))).toContain(UNSUPPORTED_MESSAGE);
    expect(await t.badgeText()).toBe('!');
    expect((await t.hosts()).reader).toBe(false);
  });

  it('an article inside an iframe: the reader reads the page itself and says it found no article there', async () => {
    const t = await open('/odd/iframe-article');
    await t.clickToolbarButton();
    await waitFor(async () => ((await t.hosts()).notice ? true : null), 'the notice');
    expect(collapse(await t.textIn(NOTICE_HOST))).toContain(NO_ARTICLE_MESSAGE);
    expect((await t.hosts()).reader).toBe(false);
    expect(await t.badgeText()).toBe('');
  });

  it('a page written by document.write: the reader shows its article and closes cleanly', async () => {
    const t = await open('/odd/document-write');
    const before = await markup(t);
    await t.clickToolbarButton();
    await waitFor(async () => ((await t.hasOpenDialogIn(READER_HOST)) ? true : null), 'the reader dialog');
    expect(collapse(await t.textIn(READER_HOST))).toContain(ARTICLE_PHRASE);
    await t.clickToolbarButton();
    await waitFor(async () => ((await t.hosts()).reader ? null : true), 'the reader to close');
    expect(await markup(t)).toBe(before);
  });

  it('a page that moves to another address by history.pushState closes the reader; a #fragment does not', async () => {
    const t = await open('/huge/elements?n=300');
    const before = await markup(t);
    await t.clickToolbarButton();
    await waitFor(async () => ((await t.hasOpenDialogIn(READER_HOST)) ? true : null), 'the reader dialog');

    // Following a link to a place in the same page is not leaving it.
    await t.page.evaluate(() => history.pushState(null, '', '#notes'));
    await delay(1000);
    expect(await t.hasOpenDialogIn(READER_HOST)).toBe(true);

    // A single-page site shows another story at another address: the reader closes and restores the page.
    await t.page.evaluate(() => history.pushState({ story: 2 }, '', '/stories/two'));
    await waitFor(async () => ((await t.hosts()).reader ? null : true), 'the reader to close', 5000);
    expect(await traces(t)).toBe(0);
    expect(await markup(t)).toBe(before);
    expect(await t.page.evaluate(() => document.activeElement === document.body)).toBe(true);

    // And it opens again on the new address.
    await t.clickToolbarButton();
    await waitFor(async () => ((await t.hasOpenDialogIn(READER_HOST)) ? true : null), 'the reader to reopen');
  });

  it('a tab closed while the reader is being injected or extracting: no error in the background', async () => {
    // Closed at once (before injection), and a little later (injected, checking limits or extracting).
    for (const wait of [0, 150, 400]) {
      const t = await open('/huge/elements?n=2500');
      await t.clickToolbarButton();
      await delay(wait);
      expect(t.errors).toEqual([]);
      await t.page.close();
    }
    // Each toggle settles (the message or the injection fails on the closed tab) without an uncaught error.
    await delay(2000);
    expect(browser().backgroundErrors()).toEqual([]);

    // The background still works for the next tab.
    const next = await open('/huge/elements?n=300');
    await next.clickToolbarButton();
    await waitFor(async () => ((await next.hasOpenDialogIn(READER_HOST)) ? true : null), 'the reader dialog');
  });
});
