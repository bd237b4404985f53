/**
 * The "never worse than plain Readability" figures: pages where Lectern scores more than `MARGIN` F1 below
 * plain Readability, and pages where Readability finds an article and Lectern finds none.
 */
import type { PageScore } from './scorer';
import { f1Of } from './stats';

const MARGIN = 0.1;

export interface NeverWorse {
  /** Pages more than 0.10 F1 below the baseline. */
  below: string[];
  /** Pages where the baseline returns text and the subject returns none. */
  lost: string[];
}

export function neverWorse(
  ids: string[],
  subject: { texts: Record<string, string>; scores: Record<string, PageScore> },
  baseline: { texts: Record<string, string>; scores: Record<string, PageScore> },
): NeverWorse {
  const f1 = (s: PageScore | undefined): number => (s ? (f1Of(s.precision, s.recall) ?? 0) : 0);
  const below = ids.filter((id) => f1(subject.scores[id]) < f1(baseline.scores[id]) - MARGIN);
  const lost = ids.filter((id) => baseline.texts[id]!.trim() !== '' && subject.texts[id]!.trim() === '');
  return { below, lost };
}

/** One line for the report: the counts, and which pages when there are any. */
export function formatNeverWorse({ below, lost }: NeverWorse): string {
  const list = (ids: string[]): string =>
    ids.length ? ` (${ids.map((id) => id.slice(0, 12)).join(', ')})` : '';
  return (
    `pages more than ${MARGIN.toFixed(2)} F1 below plain Readability: ${below.length}${list(below)}; ` +
    `lost articles (Readability finds one, Lectern none): ${lost.length}${list(lost)}`
  );
}
