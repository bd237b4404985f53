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

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** The thread's own (CPU) time in the task, where the platform has thread clocks (Linux does). */
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `during` under a Chromium trace and returns the longest task on a renderer's main thread. Unlike
 * the page's long-task observer, the trace also sees tasks that deliver an extension message or a storage
 * answer to the content script: the observer never reports those, however long they freeze the tab.
 */
async function longestTraced<T>(
  tab: Tab,
  during: () => Promise<T>,
): Promise<{ value: T; longestMs: number; longestCpuMs: number | null }> {
  const browser = tab.browser.chromium.context.browser();
  if (!browser) throw new Error('No browser to trace.');
  await browser.startTracing(tab.page, { categories: ['toplevel'] });
  let value: T;
  try {
    value = await during();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = traceEvents.filter(
    (e) => e.ph === 'X' && /RunTask$/.test(e.name) && mainThreads.has(`${e.pid}:${e.tid}`),
  );
  const cpu = tasks.some((e) => e.tdur !== undefined);
  return {
    value,
    longestMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
    longestCpuMs: cpu ? Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)) : null,
  };
}

/** What one opening did to the tab. */
export interface Responsiveness {
  /** Longest task on the page's main thread from the click until the outcome settled, from a trace. */
  longestTaskMs: number;
  /**
   * The CPU time of that thread in its longest task (null where the trace has no thread clock). Unlike the
   * wall time, it does not grow while the task waits for a CPU that other processes hold, so it tells the
   * reader's own work from a busy machine.
   */
  longestTaskCpuMs: number | null;
  /** The same in an equally long quiet stretch just before the click: the page's own. */
  baselineTaskMs: number;
  /** What the page's long-task observer reported after the click (0: nothing over 50 ms). */
  observedLongTaskMs: number;
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
  const baseline = await longestTraced(tab, () => delay(BASELINE_MS));
  const traced = await longestTraced(tab, () => clickAndWait(tab));
  return {
    ...traced.value,
    longestTaskMs: traced.longestMs,
    longestTaskCpuMs: traced.longestCpuMs,
    baselineTaskMs: baseline.longestMs,
  };
}

async function clickAndWait(
  tab: Tab,
): Promise<Omit<Responsiveness, 'longestTaskMs' | 'longestTaskCpuMs' | 'baselineTaskMs'>> {
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
    observedLongTaskMs: longest(clickedAt, Infinity),
    longestTimerGapMs,
    slowestRoundTripMs,
    outcomeMs,
    outcome,
  };
}
