/**
 * The search index's words: lower case, accents folded, split on anything that is not a letter or digit.
 * Scripts written without spaces (Chinese, Japanese) are indexed character by character, so that any word
 * in them can still be found by the characters it is made of.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Longer runs are no words anyone types (hashes, base64); indexing them only grows the index. */
const MAX_WORD = 40;
/** A very long article still gets its first words indexed; the rest would only weigh on every save. */
export const MAX_WORDS_PER_ARTICLE = 20_000;

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const run of fold(text).match(WORD) ?? []) {
    if (UNSPACED.test(run)) {
      for (const char of run) tokens.push(char);
    } else if (run.length <= MAX_WORD) {
      tokens.push(run);
    }
  }
  return tokens;
}

/** The distinct words of an article, the title's first. */
export function indexWords(title: string, text: string): string[] {
  const words = new Set<string>();
  for (const word of tokenize(title)) words.add(word);
  for (const word of tokenize(text)) {
    if (words.size >= MAX_WORDS_PER_ARTICLE) break;
    words.add(word);
  }
  return Array.from(words);
}
