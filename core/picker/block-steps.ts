/**
 * Which page blocks the article picker moves between, and how the arrow keys move: up to the enclosing
 * block, down to the first block inside, left and right to the neighbouring blocks. Pure over the DOM;
 * `shown` says whether an element is on screen (the picker passes a real test, unit tests a fake).
 */

const BLOCKS = new Set([
  'MAIN',
  'ARTICLE',
  'SECTION',
  'DIV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'P',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'TABLE',
  'FIGURE',
  'PRE',
  'DETAILS',
]);

export type Shown = (el: Element) => boolean;

export type Step = 'parent' | 'child' | 'previous' | 'next';

const isBlock = (el: Element, shown: Shown): boolean =>
  BLOCKS.has(el.tagName) && !el.tagName.startsWith('LECTERN-') && shown(el);

/** The block `el` is in (itself when it is one), below the body; null for the body and what is outside it. */
export function blockAt(el: Element | null, shown: Shown): Element | null {
  const body = el?.ownerDocument.body;
  for (let up = el; up && up !== body; up = up.parentElement) if (isBlock(up, shown)) return up;
  return null;
}

/** The first block inside `el`, looking through wrappers that are not blocks themselves. */
function firstBlockIn(el: Element, shown: Shown, from: 'first' | 'last' = 'first'): Element | null {
  const children = Array.from(el.children);
  if (from === 'last') children.reverse();
  for (const child of children) {
    if (isBlock(child, shown)) return child;
    const inside = firstBlockIn(child, shown, from);
    if (inside) return inside;
  }
  return null;
}

/** The neighbouring block of `el` in one direction, within the same enclosing block. */
function sibling(el: Element, shown: Shown, direction: 'previous' | 'next'): Element | null {
  const parent = blockAt(el.parentElement, shown);
  for (let at: Element | null = el; at && at !== parent; at = at.parentElement) {
    const step = (e: Element) => (direction === 'next' ? e.nextElementSibling : e.previousElementSibling);
    for (let other = step(at); other; other = step(other)) {
      if (isBlock(other, shown)) return other;
      const inside = firstBlockIn(other, shown, direction === 'next' ? 'first' : 'last');
      if (inside) return inside;
    }
  }
  return null;
}

/** Where one arrow key moves from `el`; `el` itself when there is nowhere to go. */
export function stepFrom(el: Element, step: Step, shown: Shown): Element {
  const to =
    step === 'parent'
      ? blockAt(el.parentElement, shown)
      : step === 'child'
        ? firstBlockIn(el, shown)
        : sibling(el, shown, step);
  return to ?? el;
}

/** The arrow key for each step (the sibling keys follow the page's writing direction). */
export function stepOfKey(key: string, rtl: boolean): Step | null {
  switch (key) {
    case 'ArrowUp':
      return 'parent';
    case 'ArrowDown':
      return 'child';
    case 'ArrowLeft':
      return rtl ? 'next' : 'previous';
    case 'ArrowRight':
      return rtl ? 'previous' : 'next';
    default:
      return null;
  }
}
