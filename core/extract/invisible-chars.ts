/**
 * Characters that are invisible in the text and split its words for a search (issue 23): soft hyphens
 * (`&shy;`), word joiners (U+2060), zero-width no-break spaces (U+FEFF), and zero-width spaces (U+200B)
 * except in Thai, Lao, Khmer, Myanmar and Tibetan text, which writes no spaces and marks where a line may
 * break with them. The zero-width joiner and non-joiner (U+200D, U+200C) mean something in Persian, the Indic scripts and emoji
 * sequences (👩‍💻), so they go only where both neighbours are Latin, Greek or Cyrillic letters, digits,
 * punctuation, spaces or the text's ends, where they change nothing a reader sees.
 */

/** Always invisible, never needed: soft hyphen, word joiner, zero-width no-break space. */
const ALWAYS = /[\u00AD\u2060\uFEFF]/g;
/** A zero-width space with what stands either side of it. */
const ZERO_WIDTH_SPACE = /(^|.)\u200B+(?=(.|$))/gsu;
/** Scripts written without spaces that mark line breaks with zero-width spaces. */
const BREAK_HINTED = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]$/u;
const ANY = /[\u00AD\u200B\u2060\uFEFF\u200C\u200D]/;
/** A joiner or non-joiner with what stands either side of it. */
const JOINER = /(^|.)[\u200C\u200D]+(?=(.|$))/gsu;
/** Neighbours beside which a joiner changes nothing. */
const PLAIN = /^(?:$|[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{P}\p{Z}\s])$/u;

/** Whether `text` holds any of these characters (most texts do not; one look decides). */
export const hasInvisibles = (text: string): boolean => ANY.test(text);

/** `text` without its invisible characters (see the module's comment). */
export function withoutInvisibles(text: string): string {
  if (!hasInvisibles(text)) return text;
  return text
    .replace(ALWAYS, '')
    .replace(ZERO_WIDTH_SPACE, (match, before: string, after: string) =>
      BREAK_HINTED.test(before) || BREAK_HINTED.test(after) ? match : before,
    )
    .replace(JOINER, (match, before: string, after: string) =>
      PLAIN.test(before) && PLAIN.test(after) ? before : match,
    );
}
