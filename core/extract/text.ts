/** Text helpers shared by the extraction steps that judge blocks by their words. */
import { withoutInvisibles } from './invisible-chars';

/**
 * Runs of letters, digits and underscores: a rough count for the trimming and caption heuristics, which
 * their thresholds were measured with. The reading time counts words its own way (see `countWords`).
 */
export const words = (text: string): number => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;

/** `text` with each run of whitespace made one space, and none at either end; '' for none. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** `text` squashed and without soft hyphens and zero-width characters, or null when nothing is left. */
export const textOrNull = (text: string | null | undefined): string | null =>
  squash(withoutInvisibles(text ?? '')) || null;
