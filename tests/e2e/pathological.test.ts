import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { pageFile } from './harness/page-server';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { SEED_PAGE_PATH, seedNews } from './scenarios/seed-news';
import { ARTICLE_PHRASE, generatePage } from './pathological/pages';
import {
  Browser,
  NOTICE_HOST,
  READER_HOST,
  TOO_LARGE_MESSAGE,
  waitFor,
  type Tab,
} from './pathological/harness';
import { openAndMeasure, type Responsiveness } from './pathological/responsiveness';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page's whole markup, summed up in the page: comparing 10 MB through DevTools takes seconds. */
function fingerprint(t: Tab): Promise<string> {
  return t.page.evaluate(() => {
    const html = document.documentElement.outerHTML;
    let hash = 0x811c9dc5;
    for (let i = 0; i < html.length; i++) hash = Math.imul(hash ^ html.charCodeAt(i), 0x01000193);
    return `${html.length}:${hash >>> 0}`;
  });
}

/** The longest main-thread task a user does not notice as a frozen tab. */
const LONG_TASK_MS = 200;
const allowedTaskMs = (measured: Responsiveness) => Math.max(LONG_TASK_MS, measured.baselineTaskMs);
/**
 * The reader's share of the longest task: its CPU time where the trace has thread clocks. Its wall time also
 * counts the waits for a CPU held by other processes: on a loaded two-core machine that pushed a task past
 * 200 ms once, and in one measured run a task of 76 ms of CPU took 133 ms.
 */
const taskMs = (measured: Responsiveness) => measured.longestTaskCpuMs ?? measured.longestTaskMs;

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('Lectern on huge and pathological pages (Chromium)', () => {
  // The generated pages, and the seed page beside them.
  const suite = useExtensionBrowser({
    kind: Browser,
    server: (url) => generatePage(url) ?? pageFile(url),
  });
  let tab: Tab | null = null;
  const figures: Array<{ page: string } & Responsiveness> = [];

  afterAll(() => {
    // The figures: pages tried, pages frozen (a task over 200 ms), the longest task each.
    const frozen = figures.filter((f) => taskMs(f) >= allowedTaskMs(f)).length;
    const ms = (value: number) => value.toFixed(0);
    console.log(
      [
        '| page | outcome | longest task ms | its CPU ms | long-task observer ms | before the click ms | timer gap ms | click to outcome ms |',
        '| ---- | ------- | --------------: | ---------: | --------------------: | ------------------: | -----------: | ------------------: |',
        ...figures.map(
          (f) =>
            `| ${f.page} | ${f.outcome} | ${ms(f.longestTaskMs)} | ${f.longestTaskCpuMs === null ? '–' : ms(f.longestTaskCpuMs)} | ${ms(f.observedLongTaskMs)} | ${ms(f.baselineTaskMs)} | ${ms(f.longestTimerGapMs)} | ${ms(f.outcomeMs)} |`,
        ),
        `pages tried: ${figures.length}, frozen: ${frozen}`,
        JSON.stringify({ pagesTried: figures.length, frozen, figures }),
      ].join('\n'),
    );
  });
  afterEach(() => {
    expect(tab?.errors).toEqual([]);
    expect(suite.browser().backgroundErrors()).toEqual([]);
  });

  async function open(path: string): Promise<Tab> {
    tab = await suite.browser().open(suite.server().url(path));
    return tab;
  }

  /** Opens the reader by the toolbar button and checks the tab never froze; returns what was measured. */
  async function openResponsively(page: string, t: Tab): Promise<Responsiveness> {
    const measured = await openAndMeasure(t);
    figures.push({ page, ...measured });
    // From a trace of the renderer's main thread: the page's long-task observer misses the tasks that
    // deliver extension messages, and the old reader froze 50,000-element pages inside exactly those.
    // A page whose own tasks are that long already (seen before the click) is not frozen by Lectern.
    expect(taskMs(measured), `longest task on ${page}`).toBeLessThan(allowedTaskMs(measured));
    // The page's own 10 ms timer kept running and the tab answered DevTools. Both also wait for a CPU on
    // a busy machine, so they are held to what tells a frozen tab (seconds) from a slow one.
    expect(measured.longestTimerGapMs, `timer gap on ${page}`).toBeLessThan(1000);
    expect(measured.slowestRoundTripMs, `round trip on ${page}`).toBeLessThan(1000);
    return measured;
  }

  async function expectTooLargeNotice(page: string, t: Tab): Promise<void> {
    const htmlBefore = await fingerprint(t);
    const measured = await openResponsively(page, t);
    expect(measured.outcome).toBe('notice');
    expect(await t.textIn(NOTICE_HOST)).toContain(TOO_LARGE_MESSAGE);
    expect((await t.hosts()).reader).toBe(false);
    // The notice goes by itself; the page is left exactly as it was.
    await waitFor(async () => ((await t.hosts()).notice ? null : true), 'the notice to go', 10_000);
    expect(await fingerprint(t)).toBe(htmlBefore);
  }

  it('a page of 50,000 elements gets the "too large" notice at once, without a long task', async () => {
    const t = await open('/huge/elements?n=50000');
    await expectTooLargeNotice('50,000 elements', t);
  });

  it('a page nesting 5,000 elements deep gets the "too large" notice without a long task', async () => {
    const t = await open('/huge/deep?depth=5000');
    await expectTooLargeNotice('5,000 deep', t);
  });

  it('a page with one 10 MB text node gets the "too large" notice without a long task', async () => {
    const t = await open('/huge/text?mb=10');
    await expectTooLargeNotice('10 MB text node', t);
  });

  async function expectReaderThenClose(
    page: string,
    t: Tab,
    exactHtml: boolean,
    phrase = ARTICLE_PHRASE,
  ): Promise<Responsiveness> {
    const htmlBefore = await fingerprint(t);
    const measured = await openResponsively(page, t);
    expect(measured.outcome).toBe('reader');
    await waitFor(async () => ((await t.hasOpenDialogIn(READER_HOST)) ? true : null), 'the reader dialog');
    expect(collapse(await t.textIn(READER_HOST))).toContain(collapse(phrase));

    await t.clickToolbarButton();
    await waitFor(async () => ((await t.hosts()).reader ? null : true), 'the reader to close');
    const leftOver = await t.page.evaluate(
      () => document.querySelectorAll('[data-lectern-hidden], #lectern-declutter-style, [inert]').length,
    );
    expect(leftOver).toBe(0);
    if (exactHtml) expect(await fingerprint(t)).toBe(htmlBefore);
    return measured;
  }

  it('a heavy page of 6,000 elements, within the limits, opens the reader without a long task and closes cleanly', async () => {
    const t = await open('/huge/elements?n=6000');
    await expectReaderThenClose('6,000 elements', t, true);
  });

  it('a page that rewrites its DOM every 3 ms opens and closes the reader twice without a long task', async () => {
    const t = await open('/huge/mutating');
    await expectReaderThenClose('mutating DOM (1st open)', t, false);
    await expectReaderThenClose('mutating DOM (2nd open)', t, false);
    // The page's own work went on throughout.
    const updates = await t.page.evaluate(() => Number(document.getElementById('live-counter')!.textContent));
    expect(updates).toBeGreaterThan(100);
  });

  it('the demo news page still opens at once', async () => {
    const t = await open(SEED_PAGE_PATH);
    const measured = await expectReaderThenClose('seed news page', t, true, seedNews.paragraphs[0]);
    expect(measured.outcomeMs).toBeLessThan(1500);
  });
});
