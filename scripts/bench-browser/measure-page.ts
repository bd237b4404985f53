import { round } from '../bench/stats';
import {
  htmlAfterClose,
  PAGE_HTML,
  TIME_READABILITY,
  toggleProbe,
  WAIT_FOR_TOGGLE,
  type ReadabilityTiming,
  type ToggleTiming,
} from './probe';
import type { StageMap, StageTimes } from './stages';

const LOAD_TIMEOUT_MS = 30_000;
const TOGGLE_TIMEOUT_MS = 15_000;
const CLOSE_TIMEOUT_MS = 5_000;
/** A page that differs right after closing is compared once more after this long (reported as "late"). */
const SECOND_LOOK_MS = 1_000;

export interface PageResult {
  id: string;
  outcome: 'opened' | 'notice' | 'failed';
  /** Why it failed, when it did. */
  error?: string;
  hostMs?: number | null;
  paintedMs?: number | null;
  readability?: ReadabilityTiming;
  /** Firefox: plain Readability once more, in the page's own world (no Xray wrappers; see BenchTab.pageWorld). */
  readabilityPageWorld?: ReadabilityTiming;
  /** Set when something was shown: whether the page's outerHTML after closing equals the one before. */
  restored?: boolean;
  /** Restored, but only at the second look (the first comparison right after closing differed). */
  restoredLate?: boolean;
  /** Where the HTML first differs, when it is not restored. */
  firstDifference?: string;
  /**
   * The page's HTML changed on its own (its scripts at work) between two looks a second apart before the
   * click: a difference after closing cannot be told apart from that, so the page is left out of the count.
   */
  changesByItself?: boolean;
  /** Click → painted for a second opening on the same page, right after the first one closed. */
  againMs?: number | null;
  /** The page's HTML after the second opening closed equals the one before the first click. */
  againRestored?: boolean;
  /** Where the time went, from a profiled click on the page loaded again (see stages.ts). */
  stages?: StageTimes;
}

export interface MeasureOptions {
  /** Readability.js as shipped by @mozilla/readability, loaded into the bench's world (not timed). */
  readabilitySource: string;
  /** Time plain Readability before the toggle rather than after it. */
  readabilityFirst: boolean;
  /** Pages run their own scripts: first check whether the page's HTML changes with nobody touching it. */
  watchSelfChange: boolean;
  /** Profile a second click on the page loaded again, and split its time into stages. */
  stages?: StageMap;
}

/** The bench's one tab, in either browser: what measuring a page needs of it. */
export interface BenchTab {
  /** Loads `url` and gives the bench a world of its own in the new document (apart from the page's scripts). */
  goto(url: string, timeoutMs: number): Promise<void>;
  /** Evaluates `expression` in the bench's world; awaits it when it is a promise. */
  evaluate<T>(expression: string): Promise<T>;
  /** Runs a script in the bench's world for what it defines; its value is not read. */
  run(source: string): Promise<void>;
  /** Clicks Lectern's toolbar button for this tab, as a user does (its activeTab grant included). */
  clickToolbar(): Promise<void>;
  /** Presses Escape in the page. */
  pressEscape(): Promise<void>;
  /**
   * Starts the renderer's CPU profiler; the returned function stops it and splits the time into stages
   * (stages.ts). Chromium only: Firefox's profiler is not reachable over WebDriver BiDi.
   */
  /**
   * Firefox only: the page's own world. Firefox gives content scripts (and the bench's sandbox) the page's
   * DOM through Xray wrappers, which make DOM-heavy code slower than the same code in the page itself;
   * Readability is timed there too, to show that cost. Chromium's isolated worlds have no such layer.
   */
  pageWorld?: Pick<BenchTab, 'run' | 'evaluate'>;
  profile?(map: StageMap): Promise<(untilMs: number) => Promise<StageTimes>>;
}

function firstDifference(before: string, after: string): string {
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return `at ${i} of ${before.length}/${after.length}: before ${around(before)} after ${around(after)}`;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Lets the page's load-time scripts run for a second, then compares two looks at its HTML a second apart. */
async function pageChangesByItself(page: BenchTab): Promise<boolean> {
  await sleep(SECOND_LOOK_MS);
  const first = await page.evaluate<string>(PAGE_HTML);
  await sleep(SECOND_LOOK_MS);
  return first !== (await page.evaluate<string>(PAGE_HTML));
}

/**
 * One corpus page: load it, run plain Readability in it and toggle the reader (alternating which goes first,
 * so neither always meets the colder page), close the reader with Escape and compare the page's HTML with
 * the HTML before the click.
 */
export async function measurePage(
  page: BenchTab,
  id: string,
  url: string,
  options: MeasureOptions,
): Promise<PageResult> {
  const { readabilitySource, readabilityFirst, watchSelfChange } = options;
  await page.goto(url, LOAD_TIMEOUT_MS);
  const changesByItself = watchSelfChange && (await pageChangesByItself(page));
  // Loading Readability's source into the world is not timed: it stands for code already in place.
  await page.run(readabilitySource);
  const { pageWorld } = page;
  if (pageWorld) await pageWorld.run(readabilitySource);
  const timeReadability = async () => ({
    inBenchWorld: await page.evaluate<ReadabilityTiming>(TIME_READABILITY),
    inPageWorld: pageWorld && (await pageWorld.evaluate<ReadabilityTiming>(TIME_READABILITY)),
  });

  const readabilityBefore = readabilityFirst ? await timeReadability() : undefined;
  const before = await page.evaluate<string>(PAGE_HTML);
  await page.evaluate(toggleProbe(TOGGLE_TIMEOUT_MS));
  await page.clickToolbar();
  const toggle = await page.evaluate<ToggleTiming>(WAIT_FOR_TOGGLE);
  if (toggle.kind === 'timeout') {
    const error =
      toggle.hostMs === null
        ? `nothing appeared within ${TOGGLE_TIMEOUT_MS} ms`
        : `the reader's host appeared after ${Math.round(toggle.hostMs)} ms but never covered the page`;
    return { id, outcome: 'failed', error, hostMs: toggle.hostMs };
  }

  await page.pressEscape();
  let after = await page.evaluate<string | null>(htmlAfterClose(CLOSE_TIMEOUT_MS));
  if (after === null) {
    return { id, outcome: 'failed', error: `still shown ${CLOSE_TIMEOUT_MS} ms after Escape`, ...toggle };
  }
  let restoredLate = false;
  if (after !== before) {
    await sleep(SECOND_LOOK_MS);
    after = await page.evaluate<string>(PAGE_HTML);
    restoredLate = after === before;
  }
  const restored = after === before;
  const again = toggle.kind === 'opened' ? await openAndClose(page) : null;
  const { inBenchWorld: readability, inPageWorld } = readabilityBefore ?? (await timeReadability());
  const stages = options.stages && (await profiledToggle(page, url, options.stages));
  return {
    id,
    outcome: toggle.kind,
    hostMs: round(toggle.hostMs, 1),
    paintedMs: round(toggle.paintedMs, 1),
    readability: {
      ...readability,
      cloneMs: round(readability.cloneMs, 1)!,
      parseMs: round(readability.parseMs, 1)!,
    },
    ...(inPageWorld
      ? {
          readabilityPageWorld: {
            ...inPageWorld,
            cloneMs: round(inPageWorld.cloneMs, 1)!,
            parseMs: round(inPageWorld.parseMs, 1)!,
          },
        }
      : {}),
    restored,
    ...(again ? { againMs: round(again.paintedMs, 1), againRestored: again.html === before } : {}),
    ...(restoredLate ? { restoredLate } : {}),
    ...(restored ? {} : { firstDifference: firstDifference(before, after) }),
    ...(changesByItself ? { changesByItself } : {}),
    ...(stages ? { stages } : {}),
  };
}

/**
 * One click on the toolbar and Escape: the second opening on the same page after the first closed, and
 * the floor's bare overlay (floor.ts). Returns its click → painted (null when it did not open) and the
 * page's HTML after it closed.
 */
export async function openAndClose(
  page: BenchTab,
): Promise<{ paintedMs: number | null; html: string | null }> {
  await page.evaluate(toggleProbe(TOGGLE_TIMEOUT_MS));
  await page.clickToolbar();
  const toggle = await page.evaluate<ToggleTiming>(WAIT_FOR_TOGGLE);
  if (toggle.kind !== 'opened') return { paintedMs: null, html: null };
  await page.pressEscape();
  return {
    paintedMs: toggle.paintedMs,
    html: await page.evaluate<string | null>(htmlAfterClose(CLOSE_TIMEOUT_MS)),
  };
}

/**
 * The same click on the page loaded again, with the renderer's CPU profiler on: the profiler slows the work
 * it watches a little, so the figures above come from the click without it, and this one only splits the time.
 */
async function profiledToggle(page: BenchTab, url: string, map: StageMap): Promise<StageTimes | undefined> {
  if (!page.profile) return undefined;
  await page.goto(url, LOAD_TIMEOUT_MS);
  await page.evaluate(toggleProbe(TOGGLE_TIMEOUT_MS));
  const stop = await page.profile(map);
  await page.clickToolbar();
  const toggle = await page.evaluate<ToggleTiming>(WAIT_FOR_TOGGLE);
  const stages = await stop(toggle.paintedMs ?? 0);
  await page.pressEscape();
  await page.evaluate(htmlAfterClose(CLOSE_TIMEOUT_MS));
  return toggle.kind === 'opened' ? stages : undefined;
}
