import { eachTerm, type Term } from './terms';

/** A stretch of an article's text around the words searched for, each part marked when it matched. */
export type Snippet = Array<{ text: string; match: boolean }>;

const WIDTH = 220;
const LEAD = 60;

/**
 * The passage of `text` that holds the most different matched terms within WIDTH characters, cut at
 * spaces, with the matches marked. Null when the text holds none (the article matched by its title,
 * tags, site or highlights only).
 */
export function makeSnippet(
  text: string,
  matched: ReadonlySet<string>,
  wanted = matched.size,
): Snippet | null {
  // Reads the text only as far as the first window that holds every word searched for.
  const hits: Term[] = [];
  let best = { from: 0, to: 0, distinct: 0 };
  let from = 0;
  for (const term of eachTerm(text)) {
    if (!matched.has(term.term)) continue;
    hits.push(term);
    while (term.end - hits[from]!.start > WIDTH) from++;
    const distinct = new Set(hits.slice(from).map((h) => h.term)).size;
    if (distinct > best.distinct) best = { from, to: hits.length, distinct };
    if (distinct >= wanted) break;
  }
  if (hits.length === 0) return null;
  const inside = hits.slice(best.from, best.to);
  let start = Math.max(0, inside[0]!.start - LEAD);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + WIDTH + LEAD);
  if (end < inside[inside.length - 1]!.end) end = inside[inside.length - 1]!.end;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const parts: Snippet = [];
  const plain = (from: number, to: number) => {
    const piece = text.slice(from, to).replace(/\s+/g, ' ');
    if (piece) parts.push({ text: piece, match: false });
  };
  let at = start;
  const shown = Array.from(eachTerm(text.slice(start, end)), (t) => ({
    ...t,
    start: t.start + start,
    end: t.end + start,
  }));
  for (const hit of shown.filter((t) => matched.has(t.term))) {
    if (hit.end > end || hit.end <= at) continue;
    const last = parts[parts.length - 1];
    if (hit.start < at && last?.match) {
      // Overlapping pairs of characters (Chinese, Japanese) make one marked stretch.
      last.text += text.slice(at, hit.end);
      at = hit.end;
      continue;
    }
    if (hit.start < at) continue;
    plain(at, hit.start);
    parts.push({ text: text.slice(hit.start, hit.end), match: true });
    at = hit.end;
  }
  plain(at, end);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}
