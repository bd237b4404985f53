/**
 * The byline of a page whose header was never copied (see `narrowToProse`): found in the left-out blocks
 * above the article the way Readability finds one in what it scores, so narrowing the copy loses no byline.
 * Reads the page only.
 */
import { walk } from './dom';

const BYLINE_NAMES = /byline|author|dateline|writtenby|p-author/i;

/** Marked as the author's line by its rel, itemprop or name: read from attributes only, which is cheap. */
function marksByline(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop')?.includes('author')) return true;
  return BYLINE_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** The first byline in `blocks`, in document order; an `itemprop="name"` inside it is the name itself. */
export function bylineIn(blocks: Element[]): string | null {
  let byline: string | null = null;
  for (const block of blocks) {
    walk(block, (el) => {
      if (!marksByline(el)) return false;
      const text = el.textContent?.trim() ?? '';
      if (!text || text.length >= 100) return false;
      let name: string | undefined;
      walk(el, (inner) => {
        if (!/(?:^|\s)name(?:\s|$)/.test(inner.getAttribute('itemprop') ?? '')) return false;
        name = inner.textContent?.trim();
        return true;
      });
      byline = name || text;
      return true;
    });
    if (byline) return byline;
  }
  return null;
}
