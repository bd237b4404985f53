import { median, percentile, round } from '../bench/stats';
import type { PageResult } from './measure-page';
import { STAGES, type Stage } from './stages';

export interface BrowserSummary {
  pages: number;
  opened: number;
  notice: number;
  failed: number;
  /** Toolbar click → first frame showing the reader, over the pages it opened on. */
  toggleToPainted: { medianMs: number | null; p95Ms: number | null };
  /** Toolbar click → the reader's host element in the page (same pages). */
  toggleToHost: { medianMs: number | null; p95Ms: number | null };
  /** Plain Readability in the same pages (the ones the reader opened on): copy + parse, and parse alone. */
  readability: { medianMs: number | null; p95Ms: number | null; parseMedianMs: number | null };
  /**
   * Firefox: plain Readability in the page's own world rather than the sandbox (no Xray wrappers), over the
   * same pages, and click → painted divided by it.
   */
  readabilityPageWorld?: {
    medianMs: number | null;
    p95Ms: number | null;
    ratio: { median: number | null; p95: number | null };
  };
  /** Where the profiled click's time went, per stage, over the pages the reader opened on (ms). */
  stages: { pages: number; byStage: Record<Stage, { medianMs: number | null; p95Ms: number | null }> };
  /** A second opening on the same page right after the first closed (same pages), and its HTML restored. */
  again: { medianMs: number | null; p95Ms: number | null; restored: number; of: number };
  /** toggleToPainted / readability (copy + parse), at the median and at p95. */
  ratio: { median: number | null; p95: number | null };
  /** Pages where something was shown, and how many of them had the same outerHTML after closing. */
  domRestored: { restored: number; of: number; late: number };
  notRestored: string[];
  /** With page scripts on: pages whose HTML changed by itself before the click, left out of domRestored. */
  changesByItself: string[];
  failures: { id: string; error: string }[];
  pageScripts: boolean;
  /** The pages' requests for other hosts than 127.0.0.1, and how many got any response. */
  offHost: { attempted: number; answered: number };
  seconds: number;
}

/** A run without the profiled click (Firefox): no stage figures. */
export type UnprofiledSummary = Omit<BrowserSummary, 'stages'>;

export function withoutStages(summary: BrowserSummary): UnprofiledSummary {
  const copy: Partial<BrowserSummary> = { ...summary };
  delete copy.stages;
  return copy as UnprofiledSummary;
}

export interface RunFacts {
  pageScripts: boolean;
  offHost: { attempted: number; answered: number };
  seconds: number;
}

/** Median and p95 of times in ms, to a tenth. */
export const medianAndP95 = (values: number[]) => ({
  medianMs: round(median(values), 1),
  p95Ms: round(percentile(values, 0.95), 1),
});

export function summarize(results: PageResult[], run: RunFacts): BrowserSummary {
  const opened = results.filter((r) => r.outcome === 'opened');
  const painted = opened.map((r) => r.paintedMs!);
  const readability = opened.map((r) => r.readability!.cloneMs + r.readability!.parseMs);
  const shown = results.filter((r) => r.restored !== undefined && !r.changesByItself);
  const ratioAt = (p: number, baseline = readability) =>
    round(percentile(painted, p) / percentile(baseline, p), 2);
  const pageWorld = opened.flatMap((r) =>
    r.readabilityPageWorld ? [r.readabilityPageWorld.cloneMs + r.readabilityPageWorld.parseMs] : [],
  );
  return {
    pages: results.length,
    opened: opened.length,
    notice: results.filter((r) => r.outcome === 'notice').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
    toggleToPainted: medianAndP95(painted),
    toggleToHost: medianAndP95(opened.map((r) => r.hostMs!)),
    readability: {
      ...medianAndP95(readability),
      parseMedianMs: round(median(opened.map((r) => r.readability!.parseMs)), 1),
    },
    ratio: { median: ratioAt(0.5), p95: ratioAt(0.95) },
    ...(pageWorld.length === opened.length && pageWorld.length
      ? {
          readabilityPageWorld: {
            ...medianAndP95(pageWorld),
            ratio: { median: ratioAt(0.5, pageWorld), p95: ratioAt(0.95, pageWorld) },
          },
        }
      : {}),
    again: {
      ...medianAndP95(opened.flatMap((r) => (typeof r.againMs === 'number' ? [r.againMs] : []))),
      restored: opened.filter((r) => r.againRestored).length,
      of: opened.length,
    },
    stages: stageSummary(opened),
    domRestored: {
      restored: shown.filter((r) => r.restored).length,
      of: shown.length,
      late: shown.filter((r) => r.restoredLate).length,
    },
    notRestored: shown.filter((r) => !r.restored).map((r) => r.id),
    changesByItself: results.filter((r) => r.changesByItself).map((r) => r.id),
    failures: results
      .filter((r) => r.outcome === 'failed')
      .map((r) => ({ id: r.id, error: r.error ?? 'unknown' })),
    pageScripts: run.pageScripts,
    offHost: { ...run.offHost },
    seconds: Math.round(run.seconds),
  };
}

function stageSummary(opened: PageResult[]): BrowserSummary['stages'] {
  const profiled = opened.flatMap((r) => (r.stages ? [r.stages] : []));
  const byStage = Object.fromEntries(
    STAGES.map((stage) => [stage, medianAndP95(profiled.map((times) => times[stage]))]),
  ) as BrowserSummary['stages']['byStage'];
  return { pages: profiled.length, byStage };
}

const ms = (x: number | null) => (x === null ? '—' : x.toFixed(1));

/** The per-stage table: median and p95 of each stage's milliseconds over the profiled clicks. */
export function formatStages({ pages, byStage }: BrowserSummary['stages']): string {
  const width = Math.max(...STAGES.map((stage) => stage.length));
  return [
    `where the time goes in Chromium (a second, profiled click on ${pages} pages; per page the stages add up to the whole click, their medians do not):`,
    `| ${'stage'.padEnd(width)} | median ms |  p95 ms |`,
    `|${'-'.repeat(width + 2)}|----------:|--------:|`,
    ...STAGES.map(
      (stage) =>
        `| ${stage.padEnd(width)} | ${ms(byStage[stage].medianMs).padStart(9)} | ${ms(byStage[stage].p95Ms).padStart(7)} |`,
    ),
  ].join('\n');
}

/** The notes under the table for one browser's run. */
function notesOf(s: UnprofiledSummary): string[] {
  const notes = [
    `second opening on the same page (closed, then clicked again): click → painted median ` +
      `${ms(s.again.medianMs)} ms, p95 ${ms(s.again.p95Ms)} ms; DOM restored after it ${s.again.restored}/${s.again.of}`,
    `click → reader's host element in the page: median ${ms(s.toggleToHost.medianMs)} ms, p95 ${ms(s.toggleToHost.p95Ms)} ms`,
    `Readability in page = document.cloneNode(true) + parse() in the bench's own world, which sees the page as ` +
      `a content script does, on the ${s.opened} pages the reader opened on; ` +
      `parse alone: median ${ms(s.readability.parseMedianMs)} ms`,
    `page scripts ${s.pageScripts ? 'on' : "off (CSP script-src 'none')"}; requests for other hosts than ` +
      `127.0.0.1: ${s.offHost.attempted}, answered: ${s.offHost.answered}; run time ${s.seconds} s`,
  ];
  const world = s.readabilityPageWorld;
  if (world) {
    notes.push(
      `Readability in the page's own world (no Xray wrappers, unlike a content script or the bench's sandbox): ` +
        `median ${ms(world.medianMs)} ms, p95 ${ms(world.p95Ms)} ms; click → painted ÷ it: ` +
        `${world.ratio.median ?? '—'}× median, ${world.ratio.p95 ?? '—'}× p95`,
    );
  }
  if (s.domRestored.late)
    notes.push(`restored only at the second look, 1 s after closing: ${s.domRestored.late}`);
  if (s.changesByItself.length) {
    notes.push(
      `left out of "DOM restored", their HTML changed by itself before the click: ${s.changesByItself.join(', ')}`,
    );
  }
  if (s.notRestored.length) notes.push(`DOM not restored: ${s.notRestored.join(', ')}`);
  for (const f of s.failures) notes.push(`failed ${f.id}: ${f.error}`);
  return notes;
}

/** One row per browser (its name first), then each browser's notes. */
export function formatSummary(runs: Array<[browser: string, summary: UnprofiledSummary]>): string {
  const header = [
    'browser',
    'pages',
    'opened / notice / failed',
    'click → painted median',
    'p95',
    'Readability in page median',
    'p95',
    'ratio median',
    'p95',
    'DOM restored',
  ];
  const rows = runs.map(([browser, s]) => [
    browser,
    String(s.pages),
    `${s.opened} / ${s.notice} / ${s.failed}`,
    `${ms(s.toggleToPainted.medianMs)} ms`,
    `${ms(s.toggleToPainted.p95Ms)} ms`,
    `${ms(s.readability.medianMs)} ms`,
    `${ms(s.readability.p95Ms)} ms`,
    s.ratio.median === null ? '—' : `${s.ratio.median}×`,
    s.ratio.p95 === null ? '—' : `${s.ratio.p95}×`,
    `${s.domRestored.restored}/${s.domRestored.of}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => '-'.repeat(w + 1) + (i === 0 ? '-' : ':')).join('|') + '|';
  const notes = runs.flatMap(([browser, s]) =>
    runs.length === 1 ? notesOf(s) : ['', `${browser}:`, ...notesOf(s).map((note) => `  ${note}`)],
  );
  return [line(header), rule, ...rows.map(line), ...(runs.length === 1 ? [''] : []), ...notes].join('\n');
}
