import { extractArticle, type ExtractResult } from '../extract';
import { checkPageLimits, PAGE_LIMITS } from './page-limits';

/**
 * The page's article, or why there is none: the page limits first, so that on a page past them nothing
 * expensive runs at all, then extraction. Used by the reader and by a save that opens nothing.
 * `pause` runs between the two; the reader yields a task there so the tab draws and answers input.
 * `win` reads a document parsed without a window (a page fetched for an import).
 */
export async function extractWithinLimits(
  doc: Document,
  pause: () => Promise<void> = () => Promise.resolve(),
  win: Window | null = doc.defaultView,
): Promise<ExtractResult> {
  const check = checkPageLimits(doc, PAGE_LIMITS, win);
  if (!check.ok) return check;
  await pause();
  return extractArticle(doc, { maxElements: PAGE_LIMITS.maxElements, ...(win ? { window: win } : {}) });
}
