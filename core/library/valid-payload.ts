import type { ArticlePayload } from './record';

const MAX_FIELD = 10_000;
const MAX_HTML = 20 * 1024 * 1024;

/**
 * Checks a payload that came from a content script, which speaks for a possibly hostile page: the right
 * shapes and sane sizes, or nothing is saved.
 */
export function isValidPayload(value: unknown): value is ArticlePayload {
  const p = value as Partial<ArticlePayload> | null;
  if (!p || typeof p !== 'object') return false;
  const str = (v: unknown, max = MAX_FIELD) => typeof v === 'string' && v.length <= max;
  const strOrNull = (v: unknown) => v === null || str(v);
  const count = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  return (
    str(p.url, 8192) &&
    /^https?:/i.test(p.url!) &&
    str(p.canonicalUrl, 8192) &&
    str(p.title) &&
    strOrNull(p.byline) &&
    strOrNull(p.siteName) &&
    strOrNull(p.publishedTime) &&
    strOrNull(p.excerpt) &&
    strOrNull(p.lang) &&
    (p.dir === null || p.dir === 'ltr' || p.dir === 'rtl') &&
    count(p.wordCount) &&
    count(p.readingMinutes) &&
    str(p.html, MAX_HTML) &&
    str(p.text, MAX_HTML)
  );
}
