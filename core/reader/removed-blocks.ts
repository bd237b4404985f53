/**
 * Blocks the user removed from one reading: each is a path of child-element indexes from the article's
 * root, taken in the article as it was shown at the time (after the removals before it), so undoing is
 * dropping the last path. Pure over the DOM; the article's own fragment is never changed.
 */

const REMOVABLE = new Set([
  'P',
  'FIGURE',
  'PICTURE',
  'IMG',
  'VIDEO',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'BLOCKQUOTE',
  'PRE',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
const PICTURES = new Set(['PICTURE', 'IMG', 'VIDEO']);
const LISTS = new Set(['UL', 'OL', 'DL']);

export type BlockPath = number[];

/** The block a click or key on `target` removes, inside `root`: a picture's figure, an item's whole list. */
export function removableAt(target: Element, root: Element): Element | null {
  let found: Element | null = null;
  for (let el: Element | null = target; el && el !== root; el = el.parentElement) {
    if (!found && REMOVABLE.has(el.tagName)) found = el;
    else if (found && PICTURES.has(found.tagName) && el.tagName === 'FIGURE') found = el;
    else if (!found && el.tagName === 'LI') {
      const list = el.parentElement;
      if (list && LISTS.has(list.tagName)) found = list;
    }
  }
  return found;
}

/** Every block of `root` that can be removed, outermost first (for keyboard focus). */
export function removableBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(Array.from(REMOVABLE).join(','))).filter(
    (el) => removableAt(el, root) === el,
  );
}

export function pathOf(root: Node, el: Element): BlockPath | null {
  const path: number[] = [];
  for (let at: Element = el; at !== root;) {
    const parent: Node | null = at.parentNode;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call((parent as ParentNode).children, at));
    if (parent === root) return path;
    if (parent.nodeType !== 1) return null;
    at = parent as Element;
  }
  return path;
}

function at(root: ParentNode, path: BlockPath): Element | null {
  let el: ParentNode | null = root;
  for (const index of path) el = el?.children[index] ?? null;
  return el as Element | null;
}

/** A copy of `content` without the removed blocks, applied in the order they were removed. */
export function withoutBlocks(content: DocumentFragment, removed: BlockPath[]): DocumentFragment {
  const copy = content.cloneNode(true) as DocumentFragment;
  for (const path of removed) at(copy, path)?.remove();
  return copy;
}
