/** Word counts and reading time that also work for scripts without spaces between words. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

export function countWords(text: string): { words: number; cjkChars: number } {
  const cjkChars = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return { words, cjkChars };
}

export function readingStats(text: string): { wordCount: number; readingMinutes: number } {
  const { words, cjkChars } = countWords(text);
  const minutes = words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return { wordCount: words + cjkChars, readingMinutes: Math.max(1, Math.round(minutes)) };
}
