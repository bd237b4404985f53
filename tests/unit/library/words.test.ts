import { describe, expect, it } from 'vitest';
import { indexWords, tokenize } from '../../../core/library/words';

describe('search words', () => {
  it('are lower case with accents folded, split on punctuation', () => {
    expect(tokenize('Crème Brûlée, São-Paulo’s 2026!')).toEqual([
      'creme',
      'brulee',
      'sao',
      'paulo',
      's',
      '2026',
    ]);
  });

  it('split Chinese and Japanese text into characters, so any word in it can be found', () => {
    expect(tokenize('東京タワー')).toEqual(['東', '京', 'タ', 'ワ', 'ー']);
  });

  it('index each distinct word once, title first, without runs too long to be words', () => {
    expect(indexWords('Bridge news', `bridge ${'x'.repeat(60)} trams news`)).toEqual([
      'bridge',
      'news',
      'trams',
    ]);
  });
});
