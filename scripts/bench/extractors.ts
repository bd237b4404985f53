import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
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

/**
 * Defuddle 0.19, for comparison only (a dev dependency; never shipped). Its Node entry,
 * `Defuddle(document, url, options)`, is `new Defuddle(doc, {...options, url}).parseAsync()` plus an optional
 * Markdown pass; with `useAsync: false` (no third-party fetches, so nothing leaves the machine) `parseAsync`
 * is exactly `parse()`, which is called here so it can be timed synchronously like the others. Its output is
 * HTML (Markdown would add `#`, `**` and link URLs to the tokens), so it becomes text outside the clock the
 * same way as readability-blocks.
 */
const defuddle: Extractor<string> = {
  name: 'defuddle',
  run: (doc) => new DefuddleClass(doc, { url: doc.URL, useAsync: false }).parse().content ?? '',
  finish: (html) => (html ? toBlockText(JSDOM.fragment(html)) : ''),
};

/**
 * Lectern as the reader runs it. Its text for scoring is made outside the clock, as for the HTML
 * extractors, and leaves out the picture captions the reader shows under pictures: the corpus's marked
 * article bodies leave captions out.
 */
const lectern: Extractor<DocumentFragment | null> = {
  name: 'lectern',
  run: (doc) => {
    const result = extractArticle(doc);
    return result.ok ? result.article.content : null;
  },
  finish: (content) => {
    if (!content) return '';
    for (const caption of Array.from(content.querySelectorAll('figcaption'))) caption.remove();
    return toBlockText(content);
  },
};

export const EXTRACTORS: Extractor[] = [readabilityText, readabilityBlocks, defuddle, lectern] as Extractor[];
