/**
 * Clutter told by the page's structure rather than its names: the columns and bars beside the article's
 * region. Walking up from the region, every sibling of the region or of one of its ancestors is either more
 * of the article (it holds real prose) or something around it (a side column, a ticker, a newsletter box, a
 * player, the page's header and footer), whatever its classes say.
 */

/** Never drawn, so never worth a marker (and page scripts may watch their attributes). */
const NOT_RENDERED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'BASE']);

/**
 * A sibling with less paragraph text than this share of the region's is around the article, not part of it:
 * a comment thread or a second story with real prose stays (and is searched by name), a list of links does not.
 */
const PROSE_SHARE = 0.2;

/**
 * Paragraph text in `el`, the measure of prose that extraction narrows by too: link lists, labels and
 * buttons have none. Native lookups only, so a large column costs little.
 */
export function paragraphText(el: Element): number {
  if (el.tagName === 'P') return el.textContent?.length ?? 0;
  let length = 0;
  const paragraphs = el.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) length += paragraphs[i]!.textContent?.length ?? 0;
  return length;
}

/** The region's ancestors up to `<html>`: kept whatever happens, and looked beside for bars. */
export function pathTo(region: Element | null): Set<Element> {
  const path = new Set<Element>();
  for (let up = region?.parentElement; up; up = up.parentElement) path.add(up);
  return path;
}

/**
 * Decides, for a sibling of the region or of one of its ancestors, whether it is a bar or column around the
 * article: drawn, and holding no paragraph text or less than a fifth of the region's.
 */
export function barTest(region: Element): (sibling: Element) => boolean {
  let limit = -1;
  return (sibling) => {
    if (NOT_RENDERED.has(sibling.tagName)) return false;
    // Measured once, and only when a sibling is met.
    if (limit < 0) limit = Math.max(1, PROSE_SHARE * paragraphText(region));
    return paragraphText(sibling) < limit;
  };
}
