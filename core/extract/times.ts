/**
 * A time printed against the name beside it: a live blog's "<time>20:24</time><span>Antony…</span>",
 * which the page sets apart with its styles and a reader would run together as "20:24Antony".
 */
import { byTag } from './dom';
import { BLOCK_TAGS } from './tags';

const SEPARATOR = ' · ';

/** Puts a separator after each `<time>` in `root` that touches the next word on its line. */
export function separateTimes(root: Element): void {
  for (const time of byTag(root, 'time')) {
    let next = time.nextSibling;
    while (next && next.nodeType === 1 && !(next as Element).textContent) next = next.nextSibling;
    if (!next || (next.nodeType === 1 && BLOCK_TAGS.has((next as Element).tagName))) continue;
    const text = next.textContent ?? '';
    if (/^[\p{L}\p{N}]/u.test(text)) time.after(time.ownerDocument.createTextNode(SEPARATOR));
  }
}
