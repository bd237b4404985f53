import { extractArticle, findNextPage, type NextPage } from '../../core/extract';
import { checkPageLimits, PAGE_LIMITS } from '../../core/reader/page-limits';
import { loadNextPages, type NextPagesLoader } from '../../core/reader/next-pages';
import { fetchPage } from './fetch-page';

/**
 * "Load page 2 of N" for this page, when it links a next page of its article; null when it does not.
 * Each page goes through the page limits and the same extraction as the first. `signal` ends a loading
 * still running when the reader closes. `found` is the next page extraction found, when it looked: the
 * page is not searched a second time.
 */
export function nextPagesOfThisPage(
  signal: AbortSignal,
  found: NextPage | null = findNextPage(document),
): NextPagesLoader | null {
  const next = found;
  if (!next) return null;
  return {
    next,
    load: (onProgress) =>
      loadNextPages(document.URL, next, {
        fetchPage: (url) => fetchPage(url, signal),
        extract: (doc) => {
          const check = checkPageLimits(doc, PAGE_LIMITS, window);
          if (!check.ok) return check;
          return extractArticle(doc, { window, maxElements: PAGE_LIMITS.maxElements });
        },
        onProgress,
      }),
  };
}
