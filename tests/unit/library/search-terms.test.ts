import { describe, expect, it } from 'vitest';
import { termsOf, tokenize } from '../../../core/library/search/terms';

describe('search terms', () => {
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

  it('pair the characters of Chinese and Japanese, so any word in them can be found', () => {
    expect(tokenize('東京タワー')).toEqual(['東京', '京タ', 'タワ', 'ワー']);
    expect(tokenize('東')).toEqual(['東']);
    expect(tokenize('iPhone用の')).toEqual(['iphone', '用の']);
  });

  it('split Thai into words with the browser’s segmenter', () => {
    expect(tokenize('ภาษาไทยง่ายนิดเดียว')).toEqual(['ภาษา', 'ไทย', 'ง่าย', 'นิด', 'เดียว']);
  });

  it('leave out runs too long to be words', () => {
    expect(tokenize(`bridge ${'x'.repeat(60)} trams`)).toEqual(['bridge', 'trams']);
  });

  it('know where they stand in the text, to be marked there', () => {
    const text = 'Le café, 東京タワー';
    expect(termsOf(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Le',
      'café',
      '東京',
      '京タ',
      'タワ',
      'ワー',
    ]);
  });
});
