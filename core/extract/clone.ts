/**
 * Clones a document for extraction and keeps a map from each cloned element back to the live one, so the
 * article region can be found on the page afterwards without writing a single attribute to the page.
 */
import { byTag, hasMoreThan } from './dom';

export interface ClonedDocument {
  clone: Document;
  liveOf: Map<Element, Element>;
}

/**
 * Whether `doc` has more than `limit` elements. Reads one index of `getElementsByTagName('*')`: jsdom answers
 * the collection's `length` by scanning every element's id and name (see `byTag`).
 */
export function hasMoreElementsThan(doc: Document, limit: number): boolean {
  return hasMoreThan(doc, '*', limit);
}

/**
 * Pairs two identical element trees: their elements in document order, index by index. Listing each
 * tree's elements by `getElementsByTagName('*')` (read through `byTag`) is done inside the DOM, and was
 * three to four times faster in jsdom than stepping through both trees by sibling links, each step a call
 * into the DOM. Flat, so a deeply nested page cannot overflow the stack.
 */
function mapClonedElements(live: Element, copied: Element, liveOf: Map<Element, Element>): void {
  liveOf.set(copied, live);
  if (!live.firstElementChild) return;
  const lives = byTag(live, '*');
  const copies = byTag(copied, '*');
  for (let i = 0; i < lives.length; i++) liveOf.set(copies[i]!, lives[i]!);
}

/** `leave` and every ancestor of an element in it: the only elements that must be copied one by one. */
function ancestorsOf(leave: Set<Element>): Set<Element> {
  const ancestors = new Set<Element>();
  for (const el of leave) {
    for (let up = el.parentElement; up && !ancestors.has(up); up = up.parentElement) ancestors.add(up);
  }
  return ancestors;
}

/**
 * An inert copy of `doc` (no browsing context, so nothing in it loads or runs) with the page's URL and a
 * copy of every node except the subtrees in `leave`. Subtrees with nothing to leave out are copied whole
 * with `importNode` (fast, in browsers and in jsdom, whose deep document clone is twice as slow); only the
 * ancestors of what is left out are copied one by one.
 */
export function cloneWithMap(doc: Document, leave: Set<Element> = new Set()): ClonedDocument {
  const clone = doc.cloneNode(false) as Document;
  const liveOf = new Map<Element, Element>();
  const open = ancestorsOf(leave);
  const copyInto = (parent: Node, node: Node): void => {
    if (node.nodeType !== 1 || !open.has(node as Element)) {
      if (node.nodeType === 1 && leave.has(node as Element)) return;
      const copy = clone.importNode(node, true);
      parent.appendChild(copy);
      if (node.nodeType === 1) mapClonedElements(node as Element, copy as Element, liveOf);
      return;
    }
    const copy = clone.importNode(node, false) as Element;
    liveOf.set(copy, node as Element);
    parent.appendChild(copy);
    for (let child = node.firstChild; child; child = child.nextSibling) copyInto(copy, child);
  };
  for (let child = doc.firstChild; child; child = child.nextSibling) copyInto(clone, child);
  return { clone, liveOf };
}

/**
 * Makes the copy of `root` (a live element whose ancestors were copied one by one, with nothing beside it
 * but structured data) the only child of the copy's body, and moves that structured data into the head.
 * Readability otherwise climbs such a chain of single-child wrappers and scores every one of them again.
 */
export function hoistRoot(clone: Document, liveOf: Map<Element, Element>, root: Element): void {
  const body = clone.body;
  const head = clone.head;
  if (!body || !head) return;
  let el: Element = body;
  const scripts: Element[] = [];
  while (liveOf.get(el) !== root) {
    let next: Element | null = null;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child.tagName === 'SCRIPT') scripts.push(child);
      else if (next) return;
      else next = child;
    }
    if (!next) return;
    el = next;
  }
  if (el.parentElement === body) return;
  for (const script of scripts) head.appendChild(script);
  body.replaceChildren(el);
}
