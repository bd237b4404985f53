import { setTimeout as delay } from 'node:timers/promises';
import type { Tab } from './harness';
import { waitFor } from './harness';

interface LongTask {
  start: number;
  duration: number;
}

/** Starts recording the page's long tasks (over 50 ms, any world of the page), those already past included. */
export async function watchLongTasks(tab: Tab): Promise<void> {
  await tab.page.evaluate(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

function longTasks(tab: Tab): Promise<LongTask[]> {
  return tab.page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks.slice());
}

const pageNow = (tab: Tab) => tab.page.evaluate(() => performance.now());

/** What one opening did to the tab. */
export interface Responsiveness {
  /** Longest task in the page's main thread from the click until the outcome settled (0: none over 50 ms). */
  longestTaskMs: number;
  /** Longest task in an equally long quiet stretch just before the click: the page's own. */
  baselineTaskMs: number;
  /** Longest gap between two ticks of the page's own 10 ms timer after the click. */
  longestTimerGapMs: number;
  /** Slowest DevTools round trip into the page while waiting for the outcome. */
  slowestRoundTripMs: number;
  /** From the click to the reader or notice appearing in the page. */
  outcomeMs: number;
  outcome: 'reader' | 'notice';
}

const BASELINE_MS = 1000;
/** After the host appears: the overlay's first layout and the notice's drawing still belong to opening. */
const SETTLE_MS = 600;

/**
 * Clicks the toolbar button and waits for the reader or a notice, measuring whether the tab stayed
 * responsive meanwhile. The long tasks are compared against a quiet stretch before the click, so what the
 * page does by itself (a mutating page) is not put down to the reader.
 */
export async function openAndMeasure(tab: Tab): Promise<Responsiveness> {
  await watchLongTasks(tab);
  await delay(BASELINE_MS);
  const clickedAt = await pageNow(tab);
  await tab.page.evaluate(() => {
    const ticks = (window as unknown as { __ticks?: { maxGap: number; last: number } }).__ticks;
    if (ticks) ticks.maxGap = 0;
  });
  await tab.clickToolbarButton();
  let slowestRoundTripMs = 0;
  const outcome = await waitFor(async () => {
    const before = Date.now();
    const hosts = await tab.hosts();
    slowestRoundTripMs = Math.max(slowestRoundTripMs, Date.now() - before);
    return hosts.reader ? ('reader' as const) : hosts.notice ? ('notice' as const) : null;
  }, 'the reader or a notice');
  const outcomeMs = (await pageNow(tab)) - clickedAt;
  await delay(SETTLE_MS);
  const tasks = await longTasks(tab);
  const longest = (from: number, to: number) =>
    Math.max(0, ...tasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration));
  const longestTimerGapMs = await tab.page.evaluate(
    () => (window as unknown as { __ticks?: { maxGap: number } }).__ticks?.maxGap ?? 0,
  );
  return {
    longestTaskMs: longest(clickedAt, Infinity),
    baselineTaskMs: longest(clickedAt - BASELINE_MS, clickedAt),
    longestTimerGapMs,
    slowestRoundTripMs,
    outcomeMs,
    outcome,
  };
}
