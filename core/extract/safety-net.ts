/**
 * "Never worse than plain Readability". Narrowing the copy makes most pages cleaner, but a page that names
 * its article like furniture (or hides it behind a class a script removes) can lose it. The page's densest
 * block of prose (see `Prose`) is the signal: when the narrowed reading finds nothing, leaves that block
 * out, or holds much less text than it, the full copy is read too, and the reading that holds the block
 * (else the one with clearly more of the page's own words) is kept. A densest block of under 500 characters
 * is no block of prose, and leaving it out counts only while the reading holds less than twice its text.
 */
import { byTag } from './dom';
import type { Furniture } from './furniture';
import type { Reading } from './read-copy';
import { squash } from './text';

/** Below this share of the densest block's prose, a reading may have missed the article. */
const THIN_SHARE = 0.5;
/** Below this much paragraph text (characters), a page's densest block is not a block of prose. */
const MIN_BLOCK_PROSE = 500;
/** From this many times such a block's text, a reading found more than the block holds. */
const FOUND_SHARE = 2;
/** Without the densest block to tell them apart, the full reading must bring this many times the words. */
const CLEAR_GAIN = 1.5;

/** A paragraph this long is prose (shorter ones are labels and asides), unless the block has none so long. */
const PROSE_LENGTH = 100;

/**
 * Whether a paragraph of the page's densest block made it into the reading: a kept copy of one, or its words.
 * The words count because Readability, when its first pass finds too little, reads the copy again from its
 * HTML, and every element it then keeps is new, mapped to nothing on the page (a linked sentence put back
 * is a new copy too): told by elements alone, such a reading never held the block, and the full copy was
 * read for nothing.
 */
function holdsDensest(reading: Reading, block: Element | null): boolean {
  if (!block) return true;
  for (const p of byTag(reading.content, 'p')) {
    if (reading.liveOf.get(p)?.parentElement === block) return true;
  }
  const paragraphs: string[] = [];
  let longest = 0;
  for (let child = block.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName !== 'P') continue;
    const text = squash(child.textContent);
    paragraphs.push(text);
    longest = Math.max(longest, text.length);
  }
  if (!longest) return false;
  const held = squash(reading.content.textContent);
  return paragraphs.some((text) => text.length >= Math.min(PROSE_LENGTH, longest) && held.includes(text));
}

/** Whether the narrowed reading is worth checking against the full copy. */
export function isThin(reading: Reading | null, furniture: Furniture): boolean {
  if (!reading) return true;
  const length = reading.content.textContent!.length;
  if (length < THIN_SHARE * furniture.densestProse) return true;
  // On a page without a block of prose (its most is a few short paragraphs in a newsletter box or a consent
  // notice), a reading with twice that much has found more than the block could give: leaving the block
  // out is no sign of a missed article.
  if (furniture.densestProse < MIN_BLOCK_PROSE && length >= FOUND_SHARE * furniture.densestProse)
    return false;
  return !holdsDensest(reading, furniture.densestBlock);
}

/** Text outside links: a list of links to other stories adds little of it. */
function ownWords(content: Element): number {
  let linked = 0;
  for (const a of byTag(content, 'a')) linked += a.textContent!.length;
  return content.textContent!.length - linked;
}

/** The better of two readings of the same page (see the module's comment). */
export function betterReading(
  narrowed: Reading | null,
  full: Reading | null,
  block: Element | null,
): Reading | null {
  if (!narrowed || !full) return narrowed ?? full;
  const fullHolds = holdsDensest(full, block);
  if (fullHolds !== holdsDensest(narrowed, block)) return fullHolds ? full : narrowed;
  return ownWords(full.content) > CLEAR_GAIN * ownWords(narrowed.content) ? full : narrowed;
}
