import { mayClaim } from './canonical-url';
import type { ArticlePayload } from './record';

/** The longest metadata field (title, byline, excerpt...) a page or a file may hand the library. */
export const MAX_FIELD = 10_000;
/** The longest address. */
export const MAX_URL = 8192;
/** The largest article body, HTML or text. */
export const MAX_HTML = 20 * 1024 * 1024;

/**
 * Checks a payload that came from a content script, which speaks for a possibly hostile page: the right
 * shapes and sane sizes, and a canonical address on the page's own site, or nothing is saved.
 */
export function isValidPayload(value: unknown): value is ArticlePayload {
  const p = value as Partial<ArticlePayload> | null;
  if (!p || typeof p !== 'object') return false;
  const str = (v: unknown, max = MAX_FIELD) => typeof v === 'string' && v.length <= max;
  const strOrNull = (v: unknown) => v === null || str(v);
  const count = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  return (
    str(p.url, MAX_URL) &&
    /^https?:/i.test(p.url!) &&
    str(p.canonicalUrl, MAX_URL) &&
    mayClaim(p.url!, p.canonicalUrl!) &&
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

/** Every field of a payload, listed as a record so that the compiler tells when one is added. */
const PAYLOAD_FIELDS: Record<keyof ArticlePayload, true> = {
  url: true,
  canonicalUrl: true,
  title: true,
  byline: true,
  siteName: true,
  publishedTime: true,
  excerpt: true,
  lang: true,
  dir: true,
  wordCount: true,
  readingMinutes: true,
  html: true,
  text: true,
};

/** A payload with its own fields only, copied into a fresh object. */
export function payloadFields(payload: ArticlePayload): ArticlePayload {
  const keys = Object.keys(PAYLOAD_FIELDS) as Array<keyof ArticlePayload>;
  return Object.fromEntries(keys.map((key) => [key, payload[key]])) as unknown as ArticlePayload;
}
