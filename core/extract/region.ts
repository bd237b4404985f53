import { closestTag } from './dom';

const ARTICLE = new Set(['ARTICLE']);

/**
 * Finds the live page element that holds the article: the deepest common ancestor of the live elements
 * whose clones Readability kept. Works from the clone-to-live map, so the page is only read, never marked.
 */
export function findArticleRegion(content: Element, liveOf: Map<Element, Element>): Element | null {
  const kept: Element[] = [];
  // Top-most kept elements only: their descendants add nothing to the common ancestor. A copy that lost
  // children (a wrapper whose menus and columns were never copied) only stands for what it kept.
  const walk = (el: Element): void => {
    const live = liveOf.get(el);
    if (live && (el.childElementCount === 0 || live.childElementCount === el.childElementCount)) {
      kept.push(live);
      return;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) walk(child);
  };
  walk(content);
  if (!kept.length) return null;
  let region: Element | null = kept[0]!;
  for (const el of kept.slice(1)) {
    while (region && !region.contains(el)) region = region.parentElement;
  }
  if (!region) return null;
  // Readability keeps the body text; the page's own <article> around it also holds the title and byline.
  region = closestTag(region, ARTICLE) ?? region;
  const doc = region.ownerDocument;
  return region === doc.body || region === doc.documentElement ? null : region;
}
