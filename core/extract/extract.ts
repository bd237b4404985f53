import { hasMoreElementsThan } from './clone';
import { findFurniture } from './furniture';
import { articleFromContent } from './article-from-content';
import { assessConfidence } from './confidence';
import { readConfidenceSignals } from './confidence-signals';
import { withoutPageControlText } from './page-controls';
import { declaredRecipe } from './recipe/recipe-data';
import { modifiedTimeOf } from './dates';
import { fullCopy, narrowedCopy, readCopy } from './read-copy';
import { findNextPage } from './next-page';
import { findArticleRegion } from './region';
import { betterReading, isThin } from './safety-net';
import { textOrNull } from './text';
import { withoutSiteName } from './title';
import type { ExtractOptions, ExtractResult } from './types';
import { isReadableDocument } from '../html-document';

const DEFAULT_MAX_ELEMENTS = 60_000;
const DEFAULT_MIN_TEXT = 200;

function directionOf(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = value?.toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/**
 * The extraction pipeline: find the furniture and captions, then narrow to the block holding the prose
 * (`findFurniture`, `narrowToProse`: on the page, reading only) → copy without them → captions under their
 * pictures → lazy images → Readability → trim; the full copy too when that comes back thin (`isThin`) →
 * absolute URLs → DOMPurify → normalise (`articleFromContent`), and how sure it is that the article is whole
 * (`assessConfidence`).
 * Reads `doc` and never changes it. Works on any Document: the live page or one parsed by jsdom.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const win = options.window ?? doc.defaultView;
  if (!win || !isReadableDocument(doc, win)) return { ok: false, reason: 'unsupported-document' };
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (hasMoreElementsThan(doc, maxElements)) return { ok: false, reason: 'too-large' };
  const minText = options.minTextLength ?? DEFAULT_MIN_TEXT;

  // Navigation, side columns, related/share/comment blocks and whatever lies beside the prose are never
  // copied, so never scored.
  const furniture = findFurniture(doc);
  let reading = readCopy(narrowedCopy(doc, furniture), furniture, minText);
  if (isThin(reading, furniture))
    reading = betterReading(reading, readCopy(fullCopy(doc), furniture, minText), furniture.densestBlock);
  if (!reading) return { ok: false, reason: 'no-article' };

  const { parsed, content, byline } = reading;
  const region = findArticleRegion(content, reading.liveOf);
  const publishedTime = textOrNull(parsed.publishedTime);
  const modifiedTime = modifiedTimeOf(doc, publishedTime);
  const { article, text } = articleFromContent(
    doc,
    win,
    content,
    {
      title:
        withoutSiteName(textOrNull(parsed.title), textOrNull(parsed.siteName)) ??
        textOrNull(doc.title) ??
        doc.URL,
      byline,
      siteName: textOrNull(parsed.siteName),
      publishedTime,
      ...(modifiedTime ? { modifiedTime } : {}),
      lang: textOrNull(parsed.lang) ?? textOrNull(doc.documentElement.lang),
      dir: directionOf(parsed.dir) ?? directionOf(doc.documentElement.dir),
      // Readability's excerpt is the first paragraph when the page has no description: not a disclaimer.
      excerpt: withoutPageControlText(textOrNull(parsed.excerpt)),
    },
    declaredRecipe(doc),
  );
  if (text.length < minText) return { ok: false, reason: 'no-article' };
  const nextPage = findNextPage(doc);
  const confidence = assessConfidence(readConfidenceSignals(doc, furniture.leave, text, nextPage));
  return { ok: true, article, region, confidence, nextPage };
}
