/** Telling a page's lists apart as a declared recipe's ingredients or steps, by their words. */
import { squash } from '../text';

/** Lower-case words and numbers of `text`, as a set. */
export function tokensOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** How alike two token sets are: the shared words over the larger set's (0–1). */
function likeness(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / Math.max(a.size, b.size);
}

/** Items this alike are the same line ("100 g rye flour" and "100g rye flour, sifted"). */
const SAME_LINE = 0.6;

/** Which of `declared` (token sets) an item's text matches, or -1. */
export function matchIndex(text: string, declared: Set<string>[]): number {
  const tokens = tokensOf(text);
  let best = -1;
  let bestScore = SAME_LINE;
  declared.forEach((candidate, i) => {
    const score = likeness(tokens, candidate);
    if (score >= bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** The list items directly in `list` (a `<ul>` or `<ol>`), with their text. */
export function itemsOf(list: Element): { li: Element; text: string }[] {
  const items: { li: Element; text: string }[] = [];
  for (let child = list.firstElementChild; child; child = child.nextElementSibling)
    if (child.tagName === 'LI') items.push({ li: child, text: squash(child.textContent) });
  return items;
}

/** A list whose items are mostly lines of `declared`; the declared lines it holds (by index). */
export function listMatches(list: Element, declared: Set<string>[]): number[] | null {
  const items = itemsOf(list);
  if (!items.length || !declared.length) return null;
  const hits = items.map(({ text }) => matchIndex(text, declared)).filter((i) => i >= 0);
  return hits.length * 2 >= items.length ? hits : null;
}
