/**
 * Selectors for a picked region that still find it after the page changes a little: a new banner above
 * it, another paragraph, a class that marks state, a build that renames its hashed classes. Each selector
 * is checked to find exactly the picked element on the page it was made on; a rule keeps a few, tried in
 * order, so that when one kind of name goes the others may still hold.
 */

/** Names a build generates or a script toggles: they change between visits, so no rule leans on them. */
const GENERATED = [
  /\d{3,}/, // counters and ids: post-12345, ember1234
  /^(?:css|sc|jsx|emotion|svelte|styled|chakra|mui|tw)-/i, // CSS-in-JS
  /^(?:is|has|js|ng|v|x)-/, // state and script hooks
  /^(?:active|selected|open|opened|closed|hover|focus|focused|visible|hidden|show|shown|loaded|sticky|fixed)$/i,
  /^lectern-/, // our own
];

/** A hash at the end (CSS modules' `Article_body__3xYz1`) or as the whole name (`xK3j9a`): digits among letters. */
function hashed(name: string): boolean {
  const tail = /(?:^|[_-])([a-z0-9]{5,})$/i.exec(name)?.[1];
  return tail !== undefined && /\d/.test(tail) && /[a-z]/i.test(tail);
}

/**
 * A class or id worth keeping in a rule: not generated, not a state, and plain CSS identifier syntax (so it
 * goes into a selector as it is, with nothing to escape).
 */
export function isStableName(name: string): boolean {
  if (!/^-?[A-Za-z_][\w-]*$/.test(name) || name.length > 60) return false;
  return !hashed(name) && GENERATED.every((pattern) => !pattern.test(name));
}

const stableId = (el: Element): string | null => (el.id && isStableName(el.id) ? el.id : null);

/** The element's tag with at most two of its stable classes, the rarer on the page first. */
function tagAndClasses(el: Element): string {
  const tag = el.localName;
  const doc = el.ownerDocument;
  const classes = [...el.classList].filter(isStableName);
  const rarity = new Map(classes.map((c) => [c, doc.getElementsByClassName(c).length]));
  classes.sort((a, b) => rarity.get(a)! - rarity.get(b)!);
  return (
    tag +
    classes
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('')
  );
}

/** Finds exactly `el` on its page, and nothing else. */
function findsOnly(selector: string, el: Element): boolean {
  try {
    const found = el.ownerDocument.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** `#id`: the strongest name, when the page gives one that is not generated. */
function byId(el: Element): string | null {
  const id = stableId(el);
  const selector = id && `#${id}`;
  return selector && findsOnly(selector, el) ? selector : null;
}

/**
 * The element's own tag and classes, with as few named ancestors in front as it takes to be unique
 * (descendant combinators: a wrapper added between them does not break it). An ancestor with a stable id
 * ends the walk.
 */
function byNames(el: Element): string | null {
  const own = tagAndClasses(el);
  if (own !== el.localName && findsOnly(own, el)) return own;
  let selector = own;
  const body = el.ownerDocument.body;
  for (let up = el.parentElement; up && up !== body; up = up.parentElement) {
    const id = stableId(up);
    const name = id ? `#${id}` : tagAndClasses(up);
    if (name === up.localName) continue;
    selector = `${name} ${selector}`;
    if (findsOnly(selector, el)) return selector;
    if (id) break;
  }
  return null;
}

/** A numbered path from the nearest ancestor with a stable id (or the body): the last resort. */
function byPath(el: Element): string | null {
  const steps: string[] = [];
  const body = el.ownerDocument.body;
  let up: Element | null = el;
  while (up && up !== body) {
    const id = up !== el ? stableId(up) : null;
    if (id) {
      steps.unshift(`#${id}`);
      break;
    }
    const parent: Element | null = up.parentElement;
    if (!parent) return null;
    const same = [...parent.children].filter((child) => child.localName === up!.localName);
    const nth = same.length > 1 ? `:nth-of-type(${same.indexOf(up) + 1})` : '';
    steps.unshift(`${up.localName}${nth}`);
    up = parent;
  }
  if (up === body) steps.unshift('body');
  const selector = steps.join(' > ');
  return findsOnly(selector, el) ? selector : null;
}

/**
 * Up to three selectors for `el`, strongest first (id, names, numbered path), each finding exactly `el` on
 * its page now; empty for the body or the root, which are no region.
 */
export function robustSelectors(el: Element): string[] {
  const doc = el.ownerDocument;
  if (el === doc.body || el === doc.documentElement || !doc.body?.contains(el)) return [];
  const found = [byId(el), byNames(el), byPath(el)].filter((s): s is string => s !== null);
  return [...new Set(found)];
}

/** The first element one of `selectors` finds, in their order; null when none finds anything. */
export function findBySelectors(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const el = doc.querySelector(selector);
      if (el) return el;
    } catch (error) {
      // A selector this browser cannot read (a rule from a backup made elsewhere): try the next one.
      if (!(error instanceof DOMException) || error.name !== 'SyntaxError') throw error;
    }
  }
  return null;
}
