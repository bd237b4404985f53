import search from 'approx-string-match';
import type { HighlightTarget } from './selectors';

/** Where a stored target was found in an article's text now. `exact` is false for a fuzzy match. */
export interface TextSpan {
  start: number;
  end: number;
  exact: boolean;
}

/** A quote may differ by this share of its characters and still be the same passage (a fixed typo...). */
const MAX_ERROR_SHARE = 0.25;
/** Beyond this many identical quotes, the context cannot be compared for each in the time a reopen has. */
const MAX_CANDIDATES = 200;
/** How far around its old position a changed passage is looked for before the whole text is searched. */
const NEAR = 2000;

/** How alike `pattern` is to the best match of it in `text`, 0 to 1, through the fuzzy matcher. */
function likeness(text: string, pattern: string): number {
  if (!pattern) return 1;
  if (!text) return 0;
  const [best] = search(text, pattern, pattern.length);
  return best ? 1 - best.errors / pattern.length : 0;
}

/**
 * How well a span at `start`–`end` fits the target: mostly the quote, then its context, a little its old
 * position (the weights Hypothesis's anchoring uses, which tells repeated phrases apart by their context).
 */
function score(text: string, target: HighlightTarget, start: number, end: number, errors: number): number {
  const { exact, prefix, suffix } = target.quote;
  const quote = 1 - errors / Math.max(1, exact.length);
  const before = likeness(text.slice(Math.max(0, start - prefix.length - 4), start), prefix);
  const after = likeness(text.slice(end, end + suffix.length + 4), suffix);
  const distance = Math.abs(start - target.position.start);
  const position = 1 - distance / Math.max(1, text.length);
  return (50 * quote + 20 * before + 20 * after + 2 * position) / 92;
}

function contextHolds(text: string, target: HighlightTarget, start: number, end: number): boolean {
  const { prefix, suffix } = target.quote;
  return (
    text.slice(start - prefix.length, start) === prefix || text.slice(end, end + suffix.length) === suffix
  );
}

/** Every place the quote stands word for word, up to MAX_CANDIDATES. */
function exactPlaces(text: string, exact: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && places.length < MAX_CANDIDATES;) {
    places.push(at);
    at = text.indexOf(exact, at + 1);
  }
  return places;
}

/**
 * Finds a highlight's passage in the article's text: at its stored position if the text there is unchanged,
 * else the best of the places the quote stands word for word, else the best approximate match (up to a
 * quarter of its characters different). Null when the passage is not in this version of the article.
 */
export function anchorTarget(text: string, target: HighlightTarget): TextSpan | null {
  const { exact } = target.quote;
  if (!exact) return null;
  const { start, end } = target.position;
  if (text.slice(start, end) === exact && contextHolds(text, target, start, end)) {
    return { start, end, exact: true };
  }
  // Moved a little (a line added above it): the first place near the old one whose context still holds.
  for (let at = text.indexOf(exact, Math.max(0, start - NEAR)); at >= 0 && at <= start + NEAR;) {
    if (contextHolds(text, target, at, at + exact.length))
      return { start: at, end: at + exact.length, exact: true };
    at = text.indexOf(exact, at + 1);
  }
  const places = exactPlaces(text, exact);
  if (places.length === 1) return { start: places[0]!, end: places[0]! + exact.length, exact: true };
  if (places.length > 1) {
    // Where the context still stands word for word, the nearest such place; comparing every place's context
    // through the fuzzy matcher is only needed when none kept it.
    const kept = places.filter((at) => contextHolds(text, target, at, at + exact.length));
    if (kept.length > 0) {
      const near = kept.reduce((a, b) => (Math.abs(b - start) < Math.abs(a - start) ? b : a));
      return { start: near, end: near + exact.length, exact: true };
    }
    const best = places.reduce((a, b) =>
      score(text, target, b, b + exact.length, 0) > score(text, target, a, a + exact.length, 0) ? b : a,
    );
    return { start: best, end: best + exact.length, exact: true };
  }
  const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
  if (maxErrors === 0) return null;
  // Near the old position first (an edit seldom moves a passage far); the whole text only when that fails.
  const from = Math.max(0, start - NEAR);
  const near = search(text.slice(from, end + NEAR), exact, maxErrors).map((m) => ({
    ...m,
    start: m.start + from,
    end: m.end + from,
  }));
  const matches = near.length > 0 ? near : search(text, exact, maxErrors);
  if (matches.length === 0) return null;
  const best = matches.reduce((a, b) =>
    score(text, target, b.start, b.end, b.errors) > score(text, target, a.start, a.end, a.errors) ? b : a,
  );
  return { start: best.start, end: best.end, exact: false };
}
