/**
 * How sure the reader can be that it shows the whole article, from general signals only (no rule names a
 * site). Pure: the signals are read from the page by `readConfidenceSignals`; this only weighs them.
 */

/** What the page says about how much of it the article holds. */
export interface ConfidenceSignals {
  /** Characters of the page's prose paragraphs (outside its furniture) whose text the article holds. */
  proseKept: number;
  /** Characters of those paragraphs the article does not hold. */
  proseLeft: number;
  /** Sub-headings followed by prose that the article left out, shaped like the ones it kept. */
  sectionsLeft: number;
  /** Sub-headings the article holds. */
  sectionsKept: number;
  /** The page links its next page (`rel=next`, numbered pages on the same path) or says "continue reading". */
  continues: boolean;
  /** Words in the article. */
  articleWords: number;
  /** Long blocks of the article that end in an ellipsis: excerpts of other posts, as a listing page shows. */
  teasers: number;
  /** Words the page's own metadata declares for its article (JSON-LD `wordCount` or `articleBody`). */
  declaredWords: number | null;
}

export type ConfidenceReason =
  'prose-left-out' | 'sections-left-out' | 'continues' | 'shorter-than-declared' | 'teasers-inside';

export interface Confidence {
  level: 'high' | 'low';
  /** Why it is low; empty when high. */
  reasons: ConfidenceReason[];
  /** What it was judged from (for the benchmark and for debugging). */
  signals: ConfidenceSignals;
}

/** Prose outside the article above this share of the page's prose (and above `MIN_PROSE_LEFT`) is suspect. */
const MAX_PROSE_LEFT_SHARE = 0.35;
const MIN_PROSE_LEFT = 800;
/** Same-shaped sections left out: at least this many, and at least as many as a third of those kept. */
const MIN_SECTIONS_LEFT = 2;
/** An article with fewer words than this share of what the page declares is missing something. */
const MIN_DECLARED_SHARE = 0.6;
/** This many excerpts in the article and it is a listing, not one article. */
const MIN_TEASERS = 3;
/** Declared counts below this are too small to judge by (teasers, summaries). */
const MIN_DECLARED_WORDS = 150;

export function assessConfidence(signals: ConfidenceSignals): Confidence {
  const reasons: ConfidenceReason[] = [];
  const prose = signals.proseKept + signals.proseLeft;
  if (signals.proseLeft >= MIN_PROSE_LEFT && signals.proseLeft > prose * MAX_PROSE_LEFT_SHARE)
    reasons.push('prose-left-out');
  if (
    signals.sectionsKept > 0 &&
    signals.sectionsLeft >= MIN_SECTIONS_LEFT &&
    signals.sectionsLeft * 3 >= signals.sectionsKept
  )
    reasons.push('sections-left-out');
  if (signals.continues) reasons.push('continues');
  const declared = signals.declaredWords;
  if (
    declared !== null &&
    declared >= MIN_DECLARED_WORDS &&
    signals.articleWords < declared * MIN_DECLARED_SHARE
  )
    reasons.push('shorter-than-declared');
  if (signals.teasers >= MIN_TEASERS) reasons.push('teasers-inside');
  return { level: reasons.length ? 'low' : 'high', reasons, signals };
}
