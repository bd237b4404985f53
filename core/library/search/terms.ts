/**
 * The search index's terms, one rule for indexing, querying and marking snippets: lower case, accents
 * folded, split on anything that is not a letter or digit. Scripts written without spaces need more:
 * Thai, Lao, Khmer and Burmese runs are split into words by `Intl.Segmenter` (the browser's dictionary);
 * Chinese and Japanese runs become overlapping pairs of characters (東京タワー → 東京 京タ タワ ワー), which
 * finds any word in them without a dictionary that could cut the query differently from the article.
 */
export interface Term {
  term: string;
  /** Where the term stands in the original text, for marking it in a snippet. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const PAIRED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const PAIRED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const SEGMENTED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Longer runs are no words anyone types (hashes, base64); indexing them only grows the index. */
const MAX_WORD = 40;

const ASCII = /^[ -~]*$/;

let segmenter: Intl.Segmenter | undefined;

/**
 * Accents of Latin, Greek and Cyrillic letters go (café = cafe); the vowel and tone marks of Thai or the
 * voicing marks of Japanese, which make other words, stay.
 */
export function fold(text: string): string {
  // Most words are plain ASCII: lower case is all they need, and normalising is the slow part of indexing.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

function pairs(run: string, at: number, out: Term[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) out.push({ term: fold(chars[0]!), start: at, end: at + run.length });
  let offset = at;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    out.push({ term: fold(a + b), start: offset, end: offset + a.length + b.length });
    offset += a.length;
  }
}

function word(run: string, at: number, out: Term[]): void {
  const term = fold(run);
  if (term && term.length <= MAX_WORD) out.push({ term, start: at, end: at + run.length });
}

/** Splits one run of letters and digits, which may mix scripts ("iPhone用", "ไทย2026"). */
function splitRun(run: string, at: number, out: Term[]): void {
  if (SEGMENTED.test(run)) {
    segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
    for (const { segment, index } of segmenter.segment(run)) {
      if (SEGMENTED.test(segment)) word(segment, at + index, out);
      else splitRun(segment, at + index, out);
    }
    return;
  }
  if (!PAIRED.test(run)) return word(run, at, out);
  let last = 0;
  for (const match of run.matchAll(PAIRED_RUN)) {
    if (match.index > last) word(run.slice(last, match.index), at + last, out);
    pairs(match[0], at + match.index, out);
    last = match.index + match[0].length;
  }
  if (last < run.length) word(run.slice(last), at + last, out);
}

/** Every term of a text in order, with where it stands, made as they are read (a snippet stops early). */
export function* eachTerm(text: string): Generator<Term> {
  const out: Term[] = [];
  for (const match of text.matchAll(WORD)) {
    splitRun(match[0], match.index, out);
    yield* out;
    out.length = 0;
  }
}

export function termsOf(text: string): Term[] {
  const out: Term[] = [];
  for (const match of text.matchAll(WORD)) splitRun(match[0], match.index, out);
  return out;
}

export function tokenize(text: string): string[] {
  return termsOf(text).map((t) => t.term);
}
