import type { ExtractFailureReason } from '../extract';
import { isReadableDocument } from '../html-document';

/**
 * Cheap checks that run before any expensive work, so that a pathological page gets the "too large"
 * notice in a few milliseconds instead of freezing its tab. Extraction (clone, Readability, sanitizing)
 * runs as one task on the page's main thread, and its cost grows with the page.
 *
 * The limits are a balance: they must let real article pages through (a heavy news page has 3,000–8,000
 * elements, a long encyclopaedia article 10,000 or more; a long feature has 50,000–100,000 characters of
 * text, a short book chapter a few hundred thousand) and stop a page whose extraction would hold the tab for
 * much more than 200 ms. Measured in Chromium here (`npx tsx tests/e2e/pathological/measure-extraction.ts`):
 * extraction costs about 7–8 µs per element once warm on a lightly loaded machine (77 ms at 10,000 elements,
 * 136 ms at 20,000), the first run after injection up to 1.7 times that, and 3–4 times more on a machine
 * with every core busy. At 15,000 elements a first run takes about 200 ms on a normal machine; text costs
 * well under a microsecond per character, so 400,000 characters stay in the same range.
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
  maxElements: 15_000,
  // Browsers' HTML parsers stop nesting at 512 levels, so only a tree built by script goes deeper.
  maxDepth: 512,
  maxTextLength: 400_000,
};

export type PageCheck = { ok: true } | { ok: false; reason: Exclude<ExtractFailureReason, 'no-article'> };

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

export function checkPageLimits(
  doc: Document,
  limits: PageLimits = PAGE_LIMITS,
  win: Window | null = doc.defaultView,
): PageCheck {
  if (!isReadableDocument(doc, win)) return { ok: false, reason: 'unsupported-document' };
  // Cheapest first: each later check is itself bounded by the ones before it.
  if (elementCount(doc) > limits.maxElements) return { ok: false, reason: 'too-large' };
  if (deeperThan(doc.documentElement, limits.maxDepth)) return { ok: false, reason: 'too-large' };
  if (textLongerThan(doc.body, limits.maxTextLength)) return { ok: false, reason: 'too-large' };
  return { ok: true };
}
