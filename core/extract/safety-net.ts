/**
 * "Never worse than plain Readability". Narrowing the copy makes most pages cleaner, but a page that names
 * its article like furniture (or hides it behind a class a script removes) can lose it. The page's densest
 * block of prose (see `Prose`) is the signal: when the narrowed reading finds nothing, leaves that block
 * out, or holds much less text than it, the full copy is read too, and the reading that holds the block
 * (else the one with clearly more of the page's own words) is kept.
 */
import { byTag } from './dom';
import type { Furniture } from './furniture';
import type { Reading } from './read-copy';

/** Below this share of the densest block's prose, a reading may have missed the article. */
const THIN_SHARE = 0.5;
/** Without the densest block to tell them apart, the full reading must bring this many times the words. */
const CLEAR_GAIN = 1.5;

/** Whether a paragraph of the page's densest block made it into the reading. */
function holdsDensest(reading: Reading, block: Element | null): boolean {
  if (!block) return true;
  for (const p of byTag(reading.content, 'p')) {
    if (reading.liveOf.get(p)?.parentElement === block) return true;
  }
  return false;
}

/** Whether the narrowed reading is worth checking against the full copy. */
export function isThin(reading: Reading | null, furniture: Furniture): boolean {
  if (!reading || reading.content.textContent!.length < THIN_SHARE * furniture.densestProse) return true;
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
