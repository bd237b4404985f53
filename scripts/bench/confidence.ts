import { extractArticle } from '../../core/extract/index';
import type { Confidence } from '../../core/extract/confidence';
import type { CorpusPage } from './corpus';
import { parsePage } from './parse-page';
import { round } from './stats';

/** Below this F1 an extraction failed the reader; at or above `GOOD_F1` it did not. */
const BAD_F1 = 0.8;
const GOOD_F1 = 0.95;

export interface ConfidenceSummary {
  /** Pages with F1 < 0.8, and the share of them the reader flagged as possibly incomplete. */
  badPages: number;
  badFlagged: number | null;
  /** Pages with F1 ≥ 0.95, and the share of them flagged (false alarms). */
  goodPages: number;
  goodFlagged: number | null;
}

export interface ConfidenceRow {
  id: string;
  f1: number | null;
  confidence: Confidence | null;
}

/**
 * How well the extraction's confidence predicts its failures: every page is extracted again (outside the
 * timed runs) and its confidence compared with the F1 it scored.
 */
export function measureConfidence(
  pages: CorpusPage[],
  f1Of: (id: string) => number | null,
): { summary: ConfidenceSummary; rows: ConfidenceRow[] } {
  const rows = pages.map((page): ConfidenceRow => {
    const { dom } = parsePage(page);
    const result = extractArticle(dom.window.document);
    dom.window.close();
    return { id: page.id, f1: f1Of(page.id), confidence: result.ok ? result.confidence : null };
  });
  return { summary: summarizeConfidence(rows), rows };
}

/** The two figures from per-page rows (also used on rows gathered another way, for the same numbers). */
export function summarizeConfidence(rows: ConfidenceRow[]): ConfidenceSummary {
  // A page with no article at all is a failure the reader already tells the user about: counted as flagged.
  const flagged = (row: ConfidenceRow) => row.confidence?.level !== 'high';
  const share = (group: ConfidenceRow[]) =>
    group.length ? round(group.filter(flagged).length / group.length, 3) : null;
  const bad = rows.filter((row) => (row.f1 ?? 0) < BAD_F1);
  const good = rows.filter((row) => (row.f1 ?? 0) >= GOOD_F1);
  return {
    badPages: bad.length,
    badFlagged: share(bad),
    goodPages: good.length,
    goodFlagged: share(good),
  };
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);

export function formatConfidence(s: ConfidenceSummary): string {
  return [
    '| confidence                      | pages | flagged "part may be missing" | target |',
    '| ------------------------------- | ----: | ----------------------------: | -----: |',
    `| Lectern F1 < 0.8 (failures)     | ${String(s.badPages).padStart(5)} | ${pct(s.badFlagged).padStart(29)} | ≥ 70 % |`,
    `| Lectern F1 ≥ 0.95 (good)        | ${String(s.goodPages).padStart(5)} | ${pct(s.goodFlagged).padStart(29)} |  ≤ 5 % |`,
  ].join('\n');
}
