/**
 * Serif (Mincho, Myeongjo, Song/Ming) faces for Chinese, Japanese and Korean text, by the language the
 * article declares. Without them a CJK article set in "Serif" mixed serif Latin with the browser's fallback
 * sans Hangul or Kana. Each language names its own faces first: the same Han character is drawn differently
 * in each, and a platform face made for one language lacks characters of the others. The Noto and Source
 * Han families cover all four and switch glyphs by the text's language themselves.
 */
export const CJK_LANGUAGES = ['ja', 'ko', 'zh-hans', 'zh-hant'] as const;
export type CjkLanguage = (typeof CJK_LANGUAGES)[number];

const SERIF_CJK_FONTS: Record<CjkLanguage, string[]> = {
  ja: [
    'Noto Serif CJK JP',
    'Source Han Serif JP',
    'Hiragino Mincho ProN',
    'Yu Mincho',
    'YuMincho',
    'MS Mincho',
  ],
  ko: [
    'Noto Serif CJK KR',
    'Source Han Serif K',
    'Source Han Serif KR',
    'AppleMyungjo',
    'Nanum Myeongjo',
    'Batang',
  ],
  'zh-hans': ['Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'STSong', 'SimSun'],
  'zh-hant': ['Noto Serif CJK TC', 'Source Han Serif TC', 'Songti TC', 'PMingLiU', 'MingLiU'],
};

/**
 * The faces an article of no declared language falls back to: only the families that cover all four
 * languages, so that no platform face of one language draws another's text.
 */
const ANY_LANGUAGE = CJK_LANGUAGES.flatMap((lang) => SERIF_CJK_FONTS[lang].slice(0, 2));

const quoted = (fonts: string[]) => fonts.map((font) => `'${font}'`).join(', ');

/** The CJK serif families to list after the Latin ones, for one language or (no argument) for any. */
export function serifCjkFamilies(lang?: CjkLanguage): string {
  if (!lang) return quoted(ANY_LANGUAGE);
  return quoted([
    ...SERIF_CJK_FONTS[lang],
    ...ANY_LANGUAGE.filter((f) => !SERIF_CJK_FONTS[lang].includes(f)),
  ]);
}
