import { describe, expect, it } from 'vitest';
import { segmenterLocale, splitSentences } from '../../../core/speech/sentences';

const said = (text: string, lang: string) =>
  splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentences from Intl.Segmenter, in the article language', () => {
  it('English', () => {
    expect(said('The tide came in. Did the boats float? Yes!  ', 'en')).toEqual([
      'The tide came in.',
      'Did the boats float?',
      'Yes!',
    ]);
  });

  it('German, with its quotation marks and numbers', () => {
    expect(said('Der Hafen ist 3.5 km lang. „Wann kommt die Fähre?“ Um 9 Uhr.', 'de-DE')).toEqual([
      'Der Hafen ist 3.5 km lang.',
      '„Wann kommt die Fähre?“',
      'Um 9 Uhr.',
    ]);
  });

  it('French, with spaces before ? and !', () => {
    expect(said('Le port est calme. Où sont les bateaux ? Partis !', 'fr')).toEqual([
      'Le port est calme.',
      'Où sont les bateaux ?',
      'Partis !',
    ]);
  });

  it('Japanese, at 。 and ？ without spaces', () => {
    expect(said('港は静かです。船はどこですか？もう出ました。', 'ja')).toEqual([
      '港は静かです。',
      '船はどこですか？',
      'もう出ました。',
    ]);
  });

  it('Chinese, at 。 and ！', () => {
    expect(said('港口很安静。船在哪里？已经走了！', 'zh-Hans')).toEqual([
      '港口很安静。',
      '船在哪里？',
      '已经走了！',
    ]);
  });

  it('Arabic, at its question mark ؟ and full stops', () => {
    expect(said('الميناء هادئ. أين القوارب؟ لقد غادرت.', 'ar')).toEqual([
      'الميناء هادئ.',
      'أين القوارب؟',
      'لقد غادرت.',
    ]);
  });

  it('a page’s odd language tag falls back to the default rules instead of throwing', () => {
    expect(segmenterLocale('not a tag!')).toBeUndefined();
    expect(segmenterLocale('EN-gb')).toBe('en-GB');
    expect(said('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
    expect(said('   ', 'en')).toEqual([]);
  });
});

describe('line breaks of the HTML source', () => {
  it('are spaces, not ends of sentences', () => {
    expect(said('The ferry\n   is late.\nIt comes at nine.', 'en')).toEqual([
      'The ferry\n   is late.',
      'It comes at nine.',
    ]);
  });
});
