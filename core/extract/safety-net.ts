/**
 * "Never worse than plain Readability". Narrowing the copy makes most pages cleaner, but a page that names
 * its article like furniture (or hides it behind a class a script removes) can lose it. When the narrowed
 * reading finds nothing, or much less than the page's densest block of prose, the full copy is read too and
 * the reading with clearly more of the page's own words (text outside links) is kept.
 */
import type { Reading } from './read-copy';

/** Below this share of the densest block's prose, a reading may have missed the article. */
const THIN_SHARE = 0.5;
/** The full reading must bring this many times the narrowed one's own words to replace it. */
const CLEAR_GAIN = 1.5;

/** Whether the narrowed reading is worth checking against the full copy. */
export function isThin(reading: Reading | null, densestProse: number): boolean {
  return !reading || reading.content.textContent!.length < THIN_SHARE * densestProse;
}

/** Text outside links: a list of links to other stories adds little of it. */
function ownWords(content: Element): number {
  let linked = 0;
  for (const a of Array.from(content.getElementsByTagName('a'))) linked += a.textContent!.length;
  return content.textContent!.length - linked;
}

/** The better of two readings of the same page, by how much of its own text each holds. */
export function betterReading(narrowed: Reading | null, full: Reading | null): Reading | null {
  if (!narrowed || !full) return narrowed ?? full;
  return ownWords(full.content) > CLEAR_GAIN * ownWords(narrowed.content) ? full : narrowed;
}
