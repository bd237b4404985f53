/** Text helpers shared by the extraction steps that judge blocks by their words. */

/**
 * Runs of letters, digits and underscores: a rough count for the trimming and caption heuristics, which
 * their thresholds were measured with. The reading time counts words its own way (see `countWords`).
 */
export const words = (text: string): number => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;

/** `text` with each run of whitespace made one space, and none at either end; '' for none. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Soft hyphens (U+00AD, `&shy;`): invisible break hints that split a word for search and matching. */
const SOFT_HYPHEN = /\u00AD/g;

/** `text` without its soft hyphens, so that "Zeitungs&shy;artikel" is one word to a search. */
export const withoutSoftHyphens = (text: string): string => text.replace(SOFT_HYPHEN, '');

/** `text` squashed and without soft hyphens, or null when nothing is left. */
export const textOrNull = (text: string | null | undefined): string | null =>
  squash(withoutSoftHyphens(text ?? '')) || null;
