import { findNextPage, type ExtractResult, type NextPage } from '../extract';

/** Why a next page was not added: moved elsewhere, not a web page, not fetched, no article, too large. */
export type PageFailure = 'redirected' | 'not-html' | 'unreachable' | 'no-article' | 'too-large';

/** A fetched page, parsed, with the address it came from in the end. */
export type FetchedPage =
  | { ok: true; doc: Document; url: string }
  | { ok: false; reason: Exclude<PageFailure, 'no-article' | 'too-large'> };

/** At most this many pages make one article, the first included. */
export const MAX_PAGES = 10;

export interface NextPagesDeps {
  fetchPage(url: string): Promise<FetchedPage>;
  extract(doc: Document): ExtractResult;
  /** Before each page is fetched: its number and the highest page number known so far. */
  onProgress(page: number, last: number): void;
}

export interface LoadedPages {
  /** Each page's article body, in order, from page 2 on. */
  contents: DocumentFragment[];
  /** The page that stopped the loading, and why; null when every page came. */
  failure: { page: number; reason: PageFailure } | null;
}

/**
 * Follows the article's next pages from `next` (page 2, usually), each through the same extraction as
 * the first, until there is no next page, a page repeats, or `MAX_PAGES` is reached. A failing page stops
 * the loading and is reported; the pages before it are kept.
 */
export async function loadNextPages(
  startUrl: string,
  next: NextPage,
  deps: NextPagesDeps,
): Promise<LoadedPages> {
  const seen = new Set([startUrl.split('#')[0]]);
  const contents: DocumentFragment[] = [];
  let page: NextPage | null = next;
  let last = next.last;
  while (page && contents.length + 1 < MAX_PAGES && !seen.has(page.url.split('#')[0])) {
    seen.add(page.url.split('#')[0]);
    last = Math.min(Math.max(last, page.last), MAX_PAGES);
    deps.onProgress(page.number, last);
    const fetched = await deps.fetchPage(page.url);
    if (!fetched.ok) return { contents, failure: { page: page.number, reason: fetched.reason } };
    const result = deps.extract(fetched.doc);
    if (!result.ok) {
      const reason = result.reason === 'too-large' ? 'too-large' : 'no-article';
      return { contents, failure: { page: page.number, reason } };
    }
    contents.push(result.article.content);
    page = findNextPage(fetched.doc, fetched.url);
  }
  return { contents, failure: null };
}

/** What the reader needs to offer "Load page 2 of N": the next page, and the loading itself. */
export interface NextPagesLoader {
  next: NextPage;
  load(onProgress: NextPagesDeps['onProgress']): Promise<LoadedPages>;
}
