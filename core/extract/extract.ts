import { Readability } from '@mozilla/readability';
import { cloneWithMap, countElements, hoistRoot } from './clone';
import { resolveLazyImages } from './lazy-images';
import { bylineIn } from './byline';
import { describePictures } from './captions';
import { findFurniture } from './furniture';
import { trimArticle } from './trim';
import { absolutizeUrls, finishFragment } from './normalise';
import { findArticleRegion } from './region';
import { sanitizeToFragment } from './sanitize';
import { toBlockText } from './block-text';
import { readingStats } from './metrics';
import { squash } from './text';
import { withoutSiteName } from './title';
import type { Article, ExtractOptions, ExtractResult } from './types';
import { isReadableDocument } from '../html-document';

const DEFAULT_MAX_ELEMENTS = 60_000;
const DEFAULT_MIN_TEXT = 200;

function textOrNull(value: string | null | undefined): string | null {
  return squash(value) || null;
}

function directionOf(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = value?.toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/**
 * The extraction pipeline: find the furniture and captions, then narrow to the block holding the prose
 * (`findFurniture`, `narrowToProse`: on the page, reading only) → copy without them → picture descriptions →
 * lazy images → Readability → trim → absolute URLs → DOMPurify → normalise.
 * Reads `doc` and never changes it. Works on any Document: the live page or one parsed by jsdom.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const win = options.window ?? doc.defaultView;
  if (!win || !isReadableDocument(doc, win)) return { ok: false, reason: 'unsupported-document' };
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (countElements(doc, maxElements) > maxElements) return { ok: false, reason: 'too-large' };

  // Navigation, side columns, related/share/comment blocks and whatever lies beside the prose are never
  // copied, so never scored.
  const furniture = findFurniture(doc);
  const { clone, liveOf } = cloneWithMap(doc, furniture.leave);
  if (furniture.root) hoistRoot(clone, liveOf, furniture.root);
  describePictures(clone, liveOf, furniture.captions);
  resolveLazyImages(clone);

  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      // The sanitizer drops every class afterwards, so Readability need not strip them first.
      keepClasses: true,
    }).parse();
  } catch {
    return { ok: false, reason: 'no-article' };
  }
  const minText = options.minTextLength ?? DEFAULT_MIN_TEXT;
  const content = parsed?.content;
  if (!parsed || !content || (parsed.textContent ?? '').trim().length < minText) {
    return { ok: false, reason: 'no-article' };
  }

  const byline = textOrNull(parsed.byline) ?? textOrNull(bylineIn(furniture.above));
  trimArticle(content, { title: textOrNull(parsed.title), byline });
  const region = findArticleRegion(content, liveOf);
  absolutizeUrls(content, doc.baseURI);
  const fragment = sanitizeToFragment(content, win);
  finishFragment(fragment, [doc.URL, doc.baseURI]);
  const text = toBlockText(fragment);
  if (text.length < minText) return { ok: false, reason: 'no-article' };

  const article: Article = {
    url: doc.URL,
    title:
      withoutSiteName(textOrNull(parsed.title), textOrNull(parsed.siteName)) ??
      textOrNull(doc.title) ??
      doc.URL,
    byline,
    siteName: textOrNull(parsed.siteName),
    publishedTime: textOrNull(parsed.publishedTime),
    lang: textOrNull(parsed.lang) ?? textOrNull(doc.documentElement.lang),
    dir: directionOf(parsed.dir) ?? directionOf(doc.documentElement.dir),
    excerpt: textOrNull(parsed.excerpt),
    ...readingStats(text),
    content: fragment,
  };
  return { ok: true, article, region };
}
