/** A sentence inside a block's text: `[start, end)` offsets into that text, with spaces trimmed off. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The language tag Intl understands for `lang` (`en-GB`, `de`, `ja`), or the default when it is empty or not
 * a valid tag: an article's `lang` comes from the page and may be anything.
 */
export function segmenterLocale(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

const TRAILING_SPACE = /\s+$/u;
const LEADING_SPACE = /^\s+/u;

/**
 * Splits `text` into sentences with the Unicode sentence rules of `lang` (Intl.Segmenter), which know the
 * full stops of Japanese and Chinese (。) and Arabic (؟ ،). Spans that are only spaces or punctuation-free
 * blanks are left out.
 */
export function splitSentences(text: string, lang?: string | null): TextSpan[] {
  const segmenter = new Intl.Segmenter(segmenterLocale(lang), { granularity: 'sentence' });
  const spans: TextSpan[] = [];
  // A line break is a hard sentence break in Unicode's rules, but in HTML source it is only a space: each
  // whitespace character becomes a space (one for one, so the offsets still point into `text`).
  for (const { segment, index } of segmenter.segment(text.replace(/\s/gu, ' '))) {
    const lead = LEADING_SPACE.exec(segment)?.[0].length ?? 0;
    const trail = TRAILING_SPACE.exec(segment)?.[0].length ?? 0;
    const start = index + lead;
    const end = index + segment.length - trail;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
