import { eachTerm, type Term } from './terms';

/** A stretch of an article's text around the words searched for, each part marked when it matched. */
export type Snippet = Array<{ text: string; match: boolean }>;

const WIDTH = 220;
const LEAD = 60;

/** A letter, digit or mark outside ASCII: where one stands, folding may change a word more than lower case. */
const BEYOND_ASCII = /(?!\p{ASCII})[\p{L}\p{N}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Where reading the text for matches may begin: in text whose words are all ASCII a term is its word in
 * lower case, so no match stands before the first place any matched term occurs as a string (the start of
 * the word holding it). -1 when none occurs at all. Other text is read from the start.
 */
function readFrom(text: string, matched: ReadonlySet<string>): number {
  if (BEYOND_ASCII.test(text)) return 0;
  const lower = text.toLowerCase();
  let first = -1;
  for (const term of matched) {
    const at = lower.indexOf(term);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  while (first > 0 && WORD_CHAR.test(text[first - 1]!)) first--;
  return first;
}

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
  const offset = readFrom(text, matched);
  if (offset < 0) return null;
  for (const found of eachTerm(offset ? text.slice(offset) : text)) {
    if (!matched.has(found.term)) continue;
    const term = { ...found, start: found.start + offset, end: found.end + offset };
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
