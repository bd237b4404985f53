import { diffSample } from './diff-sample';
import { round } from './stats';

/** What the bench prints for one extractor, and what goes into the final JSON line. */
export interface ExtractorSummary {
  f1: number | null;
  precision: number | null;
  recall: number | null;
  accuracy: number | null;
  f1_std: number | null;
  medianMs: number | null;
  p95Ms: number | null;
}

const fmt = (x: number | null, digits: number): string => (x === null ? '—' : x.toFixed(digits));

export function formatTable(summaries: Record<string, ExtractorSummary>): string {
  const header = ['extractor', 'F1', 'precision', 'recall', 'accuracy', 'median ms', 'p95 ms'];
  const rows = Object.entries(summaries).map(([name, s]) => [
    name,
    `${fmt(s.f1, 4)} ± ${fmt(s.f1_std, 4)}`,
    fmt(s.precision, 4),
    fmt(s.recall, 4),
    fmt(s.accuracy, 4),
    fmt(s.medianMs, 1),
    fmt(s.p95Ms, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |';
  const rule =
    '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|';
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export interface WorstPage {
  id: string;
  url: string;
  f1: number | null;
  precision: number | null;
  recall: number | null;
  truthTokens: string[];
  predictedTokens: string[];
}

/** The pages Lectern does worst on, with a sample of the text it missed and the text it added. */
export function formatWorst(pages: WorstPage[]): string {
  const out = [`Worst ${pages.length} Lectern pages by F1:`];
  for (const page of pages) {
    const missed = diffSample(page.truthTokens, page.predictedTokens);
    const extra = diffSample(page.predictedTokens, page.truthTokens);
    out.push(
      `  F1 ${fmt(round(page.f1, 3), 3)}  P ${fmt(round(page.precision, 3), 3)}  R ${fmt(round(page.recall, 3), 3)}  ` +
        `${page.id.slice(0, 12)}  ${page.url}`,
      `      missed ${missed.unmatched} shingles${missed.sample ? `: "${missed.sample}"` : ''}`,
      `      extra  ${extra.unmatched} shingles${extra.sample ? `: "${extra.sample}"` : ''}`,
    );
  }
  return out.join('\n');
}
