/**
 * Cheap checks that run before any expensive work, so that a pathological page gets the "too large"
 * notice in a few milliseconds instead of freezing its tab. Extraction (clone, Readability, sanitizing)
 * and drawing the article run as single tasks on the page's main thread; these limits keep each of them
 * under the 200 ms a user notices. How they were chosen is in tests/e2e/pathological/README.md.
 */
export interface PageLimits {
  /** Elements in the whole document. */
  maxElements: number;
  /** Element nesting depth below `<html>`. */
  maxDepth: number;
  /** Characters of text in `<body>`. */
  maxTextLength: number;
}

export const PAGE_LIMITS: Readonly<PageLimits> = {
  maxElements: 6_000,
  // Browsers' HTML parsers stop nesting at 512 levels, so only a tree built by script goes deeper.
  maxDepth: 512,
  maxTextLength: 1_000_000,
};

export type PageCheck = { ok: true } | { ok: false; reason: 'too-large' | 'unsupported-document' };

/** Whether a reader can show this document at all: HTML with a body (not XML, SVG, a frameset...). */
export function isReadableDocument(doc: Document): boolean {
  // A frameset page's `body` is its <frameset>; an XML or SVG document has none.
  return /html/i.test(doc.contentType || 'text/html') && doc.body?.localName === 'body';
}

function elementCount(doc: Document): number {
  // A live collection whose length is computed natively: about a millisecond even for 100,000 elements.
  return doc.getElementsByTagName('*').length;
}

/** Walks the tree without recursion and stops as soon as one branch goes deeper than `maxDepth`. */
export function deeperThan(root: Element, maxDepth: number): boolean {
  let depth = 0;
  let el: Element | null = root;
  while (el) {
    const child: Element | null = el.firstElementChild;
    if (child) {
      if (++depth > maxDepth) return true;
      el = child;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) return false;
    el = el.nextElementSibling;
  }
  return false;
}

/** Adds up text node lengths (no string is copied) and stops once past `max`. */
export function textLongerThan(root: Node, max: number): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    total += (node as CharacterData).length;
    if (total > max) return true;
  }
  return false;
}

export function checkPageLimits(doc: Document, limits: PageLimits = PAGE_LIMITS): PageCheck {
  if (!doc.defaultView || !doc.documentElement || !isReadableDocument(doc)) {
    return { ok: false, reason: 'unsupported-document' };
  }
  // Cheapest first: each later check is itself bounded by the ones before it.
  if (elementCount(doc) > limits.maxElements) return { ok: false, reason: 'too-large' };
  if (deeperThan(doc.documentElement, limits.maxDepth)) return { ok: false, reason: 'too-large' };
  if (textLongerThan(doc.body, limits.maxTextLength)) return { ok: false, reason: 'too-large' };
  return { ok: true };
}
