import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { extractArticle, toBlockText } from '../../core/extract/index';

/**
 * An extractor is timed on `run` alone; `finish` turns its raw result into text outside the clock. That
 * lets plain Readability be timed on its parse only, while Lectern's time includes its block text.
 */
export interface Extractor<T = unknown> {
  name: string;
  run(doc: Document): T;
  finish(result: T): string;
}

const readabilityText: Extractor<string> = {
  name: 'readability-text',
  run: (doc) => new Readability(doc).parse()?.textContent ?? '',
  finish: (text) => text,
};

const readabilityBlocks: Extractor<string> = {
  name: 'readability-blocks',
  run: (doc) => new Readability(doc).parse()?.content ?? '',
  // Parsed in an inert jsdom fragment, the way a reader would see Readability's HTML.
  finish: (html) => (html ? toBlockText(JSDOM.fragment(html)) : ''),
};

const lectern: Extractor<string> = {
  name: 'lectern',
  run: (doc) => {
    const result = extractArticle(doc);
    return result.ok ? toBlockText(result.article.content) : '';
  },
  finish: (text) => text,
};

export const EXTRACTORS: Extractor[] = [readabilityText, readabilityBlocks, lectern] as Extractor[];
