/** Text helpers shared by the extraction steps that judge blocks by their words. */
import { withoutInvisibles } from './invisible-chars';

/**
 * Runs of letters, digits and underscores: a rough count for the trimming and caption heuristics, which
 * their thresholds were measured with. The reading time counts words its own way (see `countWords`).
 */
export const words = (text: string): number => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;

const WORD = /[\p{L}\p{N}_]+/gu;

/** Longer texts are counted a word at a time; one match over a shorter one is quicker. */
const ONE_MATCH_CHARS = 2000;

/**
 * `words(text)`, but it stops counting past `limit`: limit + 1 stands for "more than limit". The heuristics
 * that only ask whether a block is short are called on every block, long ones included.
 */
export function wordsUpTo(text: string, limit: number): number {
  if (text.length <= ONE_MATCH_CHARS) return Math.min(words(text), limit + 1);
  WORD.lastIndex = 0;
  let n = 0;
  while (n <= limit && WORD.exec(text) !== null) n++;
  return n;
}

/** `text` with each run of whitespace made one space, and none at either end; '' for none. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** `text` squashed and without soft hyphens and zero-width characters, or null when nothing is left. */
export const textOrNull = (text: string | null | undefined): string | null =>
  squash(withoutInvisibles(text ?? '')) || null;
