/**
 * Whether a picked element is the whole page rather than a part of it: the body or the root, or the one
 * block the body holds (through a chain of only children). Showing it would be the page again, not the
 * article, so the picker asks for a smaller part instead.
 */
export function isWholePage(el: Element): boolean {
  const doc = el.ownerDocument;
  const body = doc.body;
  if (!body || el === doc.documentElement || el === body) return true;
  for (let up: Element | null = el; up && up !== body; up = up.parentElement) {
    const parent: Element | null = up.parentElement;
    if (!parent) return false;
    for (
      let sibling: Element | null = parent.firstElementChild;
      sibling;
      sibling = sibling.nextElementSibling
    ) {
      if (sibling !== up && !ignored(sibling)) return false;
    }
  }
  return true;
}

/** Elements that are no part of what the page shows: scripts, styles, and Lectern's own hosts. */
function ignored(el: Element): boolean {
  return (
    /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|LINK|META)$/.test(el.tagName) || el.tagName.startsWith('LECTERN-')
  );
}
