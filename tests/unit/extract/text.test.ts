import { describe, expect, it } from 'vitest';
import { words, wordsUpTo } from '../../../core/extract/text';

describe('wordsUpTo', () => {
  const text = 'Москва, 12 мая — «Спутник» сообщил: 3,5 млн зрителей (snake_case) ok';

  it('counts as words does up to its limit', () => {
    expect(words(text)).toBe(11);
    expect(wordsUpTo(text, 11)).toBe(11);
    expect(wordsUpTo(text, 100)).toBe(11);
    expect(wordsUpTo('', 5)).toBe(0);
    expect(wordsUpTo('— … —', 5)).toBe(0);
  });

  it('says limit + 1 for anything longer, so a comparison against the limit still holds', () => {
    expect(wordsUpTo(text, 10)).toBe(11);
    expect(wordsUpTo(text, 3)).toBe(4);
    expect(wordsUpTo('word '.repeat(100_000), 30)).toBe(31);
    expect(wordsUpTo(`${'… '.repeat(3000)}one two`, 1)).toBe(2);
    expect(wordsUpTo(`${'… '.repeat(3000)}one two`, 2)).toBe(2);
  });

  it('starts afresh on each call, after one that stopped early', () => {
    expect(wordsUpTo('one two three four', 1)).toBe(2);
    expect(wordsUpTo('five six', 10)).toBe(2);
  });
});
