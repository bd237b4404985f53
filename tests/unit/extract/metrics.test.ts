import { describe, expect, it } from 'vitest';
import { countWords, readingStats } from '../../../core/extract/metrics';

/** `n` distinct-looking English words, separated the way prose is. */
function englishWords(n: number): string {
  const pool = [
    'the',
    'harbour',
    "keeper's",
    'log',
    'records',
    'twenty-two',
    'ships',
    'in',
    '1887,',
    'mostly',
    'schooners.',
  ];
  return Array.from({ length: n }, (_, i) => pool[i % pool.length]).join(' ');
}

/** `n` Chinese characters with full-width punctuation, which is not counted. */
function chineseChars(n: number): string {
  const sentence = '老街上的修表铺已经开了四十多年'; // 15 characters
  let text = '';
  for (let i = 0; i < n; i++) text += sentence[i % sentence.length] + ((i + 1) % 15 === 0 ? '。' : '');
  return text;
}

describe('countWords', () => {
  it('counts English words, keeping contractions, hyphenated words and numbers whole', () => {
    expect(countWords("The keeper's log: twenty-two ships in 1887 — mostly schooners.")).toEqual({
      words: 9,
      cjkChars: 0,
    });
  });

  it('counts each Chinese or Japanese character, not the punctuation between them', () => {
    expect(countWords('修表铺，老街。ひらがなカタカナ')).toEqual({ words: 0, cjkChars: 13 });
  });

  it('counts mixed text by both measures', () => {
    expect(countWords('Lectern 阅读器 works offline')).toEqual({ words: 3, cjkChars: 3 });
  });
});

describe('readingStats', () => {
  it('reads English at about 230 words a minute', () => {
    expect(readingStats(englishWords(460))).toEqual({ wordCount: 460, readingMinutes: 2 });
    expect(readingStats(englishWords(2300))).toEqual({ wordCount: 2300, readingMinutes: 10 });
  });

  it('reads Chinese at about 500 characters a minute, though it has no spaces between words', () => {
    expect(readingStats(chineseChars(1500))).toEqual({ wordCount: 1500, readingMinutes: 3 });
    expect(readingStats(chineseChars(5000))).toEqual({ wordCount: 5000, readingMinutes: 10 });
  });

  it('never says an article takes no time to read', () => {
    expect(readingStats('A short note.').readingMinutes).toBe(1);
  });

  it('rounds to the nearest minute', () => {
    expect(readingStats(englishWords(344)).readingMinutes).toBe(1); // 1.496 minutes
    expect(readingStats(englishWords(346)).readingMinutes).toBe(2); // 1.504 minutes
  });
});
