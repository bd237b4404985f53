import { articleFromContent } from './article-from-content';
import { resolveLazyImages } from './lazy-images';
import { squash } from './text';
import type { ArticleMeta, ExtractResult } from './types';

export type RegionMeta = Omit<ArticleMeta, 'url' | 'wordCount' | 'readingMinutes'>;

const content = (doc: Document, selector: string): string | null =>
  squash(doc.querySelector(selector)?.getAttribute('content')) || null;

/** What a page says about itself when there is no automatic extraction to take the metadata from. */
export function pageMeta(doc: Document): RegionMeta {
  const dir = doc.documentElement.dir.toLowerCase();
  return {
    title: content(doc, 'meta[property="og:title"]') ?? (squash(doc.title) || doc.URL),
    byline: content(doc, 'meta[name="author"]'),
    siteName: content(doc, 'meta[property="og:site_name"]'),
    publishedTime: content(doc, 'meta[property="article:published_time"]'),
    lang: squash(doc.documentElement.lang) || null,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
    excerpt: content(doc, 'meta[name="description"]'),
  };
}

/**
 * The article the user picked: a copy of the live element `el` (the page is only read) through the same
 * last steps as every article (lazy images, absolute URLs, DOMPurify, normalise). No Readability and no
 * trimming: the user chose exactly this. `meta` is the automatic extraction's, when there was one.
 */
export function extractRegion(el: Element, meta: RegionMeta | null = null): ExtractResult {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return { ok: false, reason: 'unsupported-document' };
  // An inert document: nothing in the copy loads or runs.
  const inert = doc.implementation.createHTMLDocument('');
  const copy = inert.importNode(el, true) as Element;
  inert.body.append(copy);
  resolveLazyImages(copy);
  const { article, text } = articleFromContent(doc, win, copy, meta ?? pageMeta(doc));
  const hasPicture = article.content.querySelector('img, picture, video') !== null;
  if (!text && !hasPicture) return { ok: false, reason: 'no-article' };
  const signals = {
    proseKept: text.length,
    proseLeft: 0,
    sectionsKept: 0,
    sectionsLeft: 0,
    continues: false,
    teasers: 0,
    articleWords: article.wordCount,
    declaredWords: null,
  };
  return { ok: true, article, region: el, confidence: { level: 'high', reasons: [], signals } };
}
