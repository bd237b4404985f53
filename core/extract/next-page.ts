/**
 * The address of the article's next page, when the page links one: `rel=next`, or numbered pagination on
 * the same path (`?page=2`, `/2`, `/page/2`). Same origin only: the reader fetches it from the page.
 */
import { byTag } from './dom';

const PAGE_PARAMS = ['page', 'p', 'pg', 'seite', 'pagina'];

function sameOrigin(href: string | null, base: URL, linkBase: string): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, linkBase);
    return url.origin === base.origin && (url.protocol === 'https:' || url.protocol === 'http:') ? url : null;
  } catch {
    return null;
  }
}

/** The page number `url` names as a page of `base`'s article, or null when it is not one of its pages. */
export function pageNumberOf(url: URL, base: URL): number | null {
  const stem = (path: string) => path.replace(/\/(?:page\/)?\d{1,2}\/?$/, '').replace(/\/$/, '');
  if (stem(url.pathname) !== stem(base.pathname)) return null;
  for (const name of PAGE_PARAMS) {
    const value = url.searchParams.get(name);
    if (value && /^\d{1,2}$/.test(value)) return Number(value);
  }
  const inPath = /\/(?:page\/)?(\d{1,2})\/?$/.exec(url.pathname);
  return inPath ? Number(inPath[1]) : null;
}

/** The page number of `base` itself: 1 unless its address names another. */
function currentPage(base: URL): number {
  return pageNumberOf(base, base) ?? 1;
}

export interface NextPage {
  url: string;
  /** The number of this next page. */
  number: number;
  /** The highest page number the page links, at least `number`. */
  last: number;
}

/**
 * The next page of the article in `doc`, or null. Reads the page only. `pageUrl` is the page's own
 * address (a fetched page parsed here has the reader's page as its `URL`).
 */
export function findNextPage(doc: Document, pageUrl: string = doc.URL): NextPage | null {
  let base: URL;
  try {
    base = new URL(pageUrl);
  } catch {
    return null;
  }
  const here = currentPage(base);
  // Links resolve against the page's <base> when it has one, else against the page's own address.
  const hasBase = byTag(doc, 'base').some((el) => el.hasAttribute('href'));
  const linkBase = hasBase ? doc.baseURI : base.href;
  let next: URL | null = null;
  let last = 0;
  // Tag names rather than a selector: jsdom compiles a selector again for every document it reads.
  const relNext = (el: Element) => /(?:^|\s)next(?:\s|$)/i.test(el.getAttribute('rel') ?? '');
  const anchors = byTag(doc, 'a');
  for (const link of [...byTag(doc, 'link'), ...anchors].filter(relNext)) {
    const url = sameOrigin(link.getAttribute('href'), base, linkBase);
    // Only a page of this article: some sites name the next story `rel=next` too.
    const number = url ? pageNumberOf(url, base) : null;
    if (url && number !== null && number > here) {
      next = url;
      break;
    }
  }
  for (const a of anchors) {
    const label = (a.textContent ?? '').trim();
    if (!/^\d{1,2}$/.test(label)) continue;
    const url = sameOrigin(a.getAttribute('href'), base, linkBase);
    const number = url ? pageNumberOf(url, base) : null;
    if (!url || number === null || number !== Number(label)) continue;
    last = Math.max(last, number);
    if (!next && number === here + 1) next = url;
  }
  if (!next) return null;
  const number = pageNumberOf(next, base) ?? here + 1;
  return { url: next.href, number, last: Math.max(last, number) };
}
