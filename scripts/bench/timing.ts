import type { CorpusPage } from './corpus';
import type { Extractor } from './extractors';
import { parsePage } from './parse-page';

export interface TimedResult {
  text: string;
  ms: number;
  stylesStripped: boolean;
}

/**
 * Parses the page afresh (not timed), then times one extraction. A thrown error counts as empty text.
 * No forced garbage collection between runs: tried, it made every extractor roughly twice as slow and the
 * bench three times longer, and the rotated order already spreads collection pauses evenly.
 */
export function timeExtraction(extractor: Extractor, page: CorpusPage): TimedResult {
  const { dom, stylesStripped } = parsePage(page);
  try {
    const start = performance.now();
    let raw: unknown = null;
    let failed = false;
    try {
      raw = extractor.run(dom.window.document);
    } catch {
      failed = true;
    }
    const ms = performance.now() - start;
    let text = '';
    if (!failed) {
      try {
        text = extractor.finish(raw);
      } catch {
        text = '';
      }
    }
    return { text, ms, stylesStripped };
  } finally {
    dom.window.close();
  }
}

/** Same extractors, order rotated per page so none always runs first (or last) on a warm cache. */
export function rotated<T>(items: T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
