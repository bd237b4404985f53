/**
 * Narrows the copy to the part of the page that holds the article's prose, after the furniture is found
 * (see `findFurniture`). Reads the page only: it decides what the copy leaves out.
 */
import { elementsOf } from './dom';
import { isStructuredData } from './structured-data';

/** Paragraph text per element, and the most that any one element holds in paragraphs of its own. */
export interface Prose {
  lengths: Map<Element, number>;
  /**
   * The longest run of prose one block holds in its own paragraphs: the article's body on most pages, as
   * Readability scores it. What the narrowed copy finds is measured against it (see `isThin`).
   */
  densest: number;
  /** The block holding that prose (null on a page without paragraphs). */
  densestBlock: Element | null;
}

/**
 * Paragraph text (prose, as opposed to link lists and labels) in every element that holds any. One walk in
 * document order, then each element's total is added to its parent's from the last element back: linear in
 * the page's size, however deep it nests.
 */
export function proseLengths(root: Element): Prose {
  const lengths = new Map<Element, number>();
  const own = new Map<Element, number>();
  let densest = 0;
  let densestBlock: Element | null = null;
  const all = elementsOf(root);
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    const isParagraph = el.tagName === 'P';
    const length = isParagraph ? el.textContent!.length : (lengths.get(el) ?? 0);
    if (!length) continue;
    lengths.set(el, length);
    const parent = el.parentElement;
    if (el === root || !parent) continue;
    lengths.set(parent, (lengths.get(parent) ?? 0) + length);
    if (isParagraph) {
      const held = (own.get(parent) ?? 0) + length;
      own.set(parent, held);
      if (held > densest) {
        densest = held;
        densestBlock = parent;
      }
    }
  }
  return { lengths, densest, densestBlock };
}

/** Share of the page's prose one block must hold for the copy to be narrowed to it. */
const NARROW_SHARE = 0.9;
/** Below this much prose (characters of paragraph text) a page is not narrowed at all. */
const MIN_NARROW_PROSE = 500;

/** The block the copy was narrowed to, and the blocks it left out above that block. */
export interface Narrowed {
  /** The block holding the article's prose, if the copy was narrowed at all. */
  root: Element | null;
  /** The blocks left out above the article, in document order: where a byline is looked for. */
  above: Element[];
}

/**
 * From the body down, while one child holds nearly all the paragraph text outside the furniture (`leave`),
 * adds its siblings to `leave`: the page header with the headline, date and share buttons, teaser columns
 * and footers the page did not name. A lede or standfirst printed beside the body keeps its block whenever
 * it is a tenth of the prose or more; shorter ones are rarely split from the body in markup (none is in the
 * benchmark's 181 pages).
 */
export function narrowToProse(
  body: Element,
  leave: Set<Element>,
  proseLength: (el: Element) => number,
): Narrowed {
  const narrowed: Narrowed = { root: null, above: [] };
  let total = -1;
  for (let el: Element = body; ;) {
    let best: Element | null = null;
    let bestLength = 0;
    let sum = 0;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (leave.has(child)) continue;
      const length = proseLength(child);
      sum += length;
      if (length > bestLength) {
        best = child;
        bestLength = length;
      }
    }
    if (total < 0) total = sum;
    if (!best || total < MIN_NARROW_PROSE || bestLength < NARROW_SHARE * total) return narrowed;
    let above = true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child === best) above = false;
      // Structured data is read for the article's metadata wherever it sits.
      else if (!isStructuredData(child) && !leave.has(child)) {
        leave.add(child);
        if (above) narrowed.above.push(child);
      }
    }
    el = best;
    narrowed.root = best;
  }
}
