/**
 * Cheap checks that run before any expensive work, so that a pathological page gets the "too large"
 * notice in a few milliseconds instead of freezing its tab. Extraction (clone, Readability, sanitizing)
 * runs as one task on the page's main thread, and its cost grows with the page: these limits aim to keep
 * that task near 150 ms, under the 200 ms a user notices as a frozen tab.
 *
 * Measured in Chromium on a busy 2-core machine (`npx tsx tests/e2e/pathological/measure-extraction.ts`):
 * extraction costs about 35 µs per element once warm (140 ms at 4,000 elements, 500 ms at 10,000), and
 * the first run after injection, which is what a user meets, up to 1.7 times that (a 3,000-element page
 * took 50–230 ms in the end-to-end test); text costs about 1.3 µs per character (185 ms with 100,000
 * characters in one block). The largest of the 170 corpus pages has 1,600 elements; a long feature
 * article has 50,000–100,000 characters.
 */
export interface PageLimits {
  /** Elements in the whole document. */
  maxElements: number;
  /** Element nesting depth below `<html>`. */
  maxDepth: number;
  /** Characters of text in `<body>`, scripts and styles left out. */
  maxTextLength: number;
}

export const PAGE_LIMITS: Readonly<PageLimits> = {
  maxElements: 3_000,
  // Browsers' HTML parsers stop nesting at 512 levels, so only a tree built by script goes deeper.
  maxDepth: 512,
  maxTextLength: 150_000,
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

/** Text that is not read: a framework's page data in a <script> in the body can be a megabyte. */
const UNREAD = new Set(['script', 'style', 'noscript', 'template']);

/** Adds up text node lengths (no string is copied) and stops once past `max`. */
export function textLongerThan(root: Node, max: number): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (UNREAD.has(node.parentElement?.localName ?? '')) continue;
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
