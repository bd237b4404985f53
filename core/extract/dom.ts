/**
 * Element lookups by tag name and plain loops instead of CSS selectors. A browser compiles a selector once,
 * but jsdom (where the benchmark and the unit tests run) compiles each selector again for every document
 * it meets, which cost more than the rest of some stages. Same results, in document order.
 */

/**
 * Calls `visit` on `root` (when it is an element) and every element inside it, in document order, until
 * `visit` returns true. Walks sibling links rather than indexing a live collection, which jsdom answers
 * through a slow proxy.
 */
export function walk(root: Element | DocumentFragment, visit: (el: Element) => boolean | void): boolean {
  let el: Element | null = root.nodeType === 1 ? (root as Element) : root.firstElementChild;
  while (el) {
    if (visit(el)) return true;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      const up: Element | null = el.parentElement;
      el = up && up !== root ? up : null;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return false;
}

/**
 * `root` itself when it is an element, then every element inside it, in document order. An element's are
 * listed by `getElementsByTagName('*')`, inside the DOM (three to four times faster in jsdom than a walk
 * that calls into it at every step); a fragment, which has no such method, is walked.
 */
export function elementsOf(root: Element | DocumentFragment): Element[] {
  if (root.nodeType === 1) {
    const all = byTag(root as Element, '*');
    all.unshift(root as Element);
    return all;
  }
  const all: Element[] = [];
  walk(root, (el) => {
    all.push(el);
  });
  return all;
}

/** Whether an element inside `root` (not `root` itself) has one of `tags` (upper-case HTML names). */
export function containsTag(root: Element, tags: ReadonlySet<string>): boolean {
  return walk(root, (el) => el !== root && tags.has(el.tagName));
}

/** The nearest of `el` and its ancestors with one of `tags`, like `closest()`. */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let up: Element | null = el; up; up = up.parentElement) if (tags.has(up.tagName)) return up;
  return null;
}

/**
 * The elements `root.getElementsByTagName(tag)` holds, as an array. jsdom answers every named property of
 * an HTMLCollection (its `length` included) by scanning the whole collection for an element of that id or
 * name, and an array iterator reads `length` at each step: `Array.from` or `for…of` over a collection is
 * quadratic in its size there (4.5 ms instead of 0.3 ms for a page's 265 links). Here `length` is never
 * read: indices are read until one holds nothing.
 */
export function byTag(root: Document | Element, tag: string): Element[] {
  const collection = root.getElementsByTagName(tag);
  const all: Element[] = [];
  for (let el = collection[0]; el; el = collection[all.length]) all.push(el);
  return all;
}

/**
 * The elements inside `root` named by any of `tagNames` (any case), in document order: what
 * `root.querySelectorAll(tagNames.join(','))` gives, without a selector.
 */
export function byTags(root: Document | Element, tagNames: readonly string[]): Element[] {
  if (tagNames.length === 1) return byTag(root, tagNames[0]!);
  const tags = new Set(tagNames.map((tag) => tag.toLowerCase()));
  return byTag(root, '*').filter((el) => tags.has(el.localName));
}

/** Whether `root` holds more than `n` elements named `tag`, without reading the collection's `length`. */
export function hasMoreThan(root: Document | Element, tag: string, n = 0): boolean {
  return root.getElementsByTagName(tag)[n] !== undefined;
}
