import { httpUrl, mayClaim } from './canonical-url';
import type { ArticlePayload, SavedArticle } from './record';

/** The longest metadata field (title, byline, excerpt...) a page or a file may hand the library. */
export const MAX_FIELD = 10_000;
/** The longest address. */
export const MAX_URL = 8192;
/** The largest article body, HTML or text. */
export const MAX_HTML = 20 * 1024 * 1024;

const MAX_ID = 200;
const MAX_SHORT = 200;
const MAX_TAGS = 1000;

const isString = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_FIELD;
const isStringOrNull = (v: unknown): v is string | null => v === null || isString(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isFlag = (v: unknown): v is 0 | 1 => v === 0 || v === 1;
const isBody = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_HTML;
const isHttpUrl = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_URL && !!httpUrl(v);
/** Epoch milliseconds a Date can hold. */
const isTime = (v: unknown): v is number => isCount(v) && v <= 8.64e15;

/**
 * Every field of an article payload and what it may hold: the one set of rules for a page's save and a
 * file's import. A link is http(s) (never `javascript:`) and no field is bigger than a save allows.
 * A record, so that the compiler tells when a field is added.
 */
const PAYLOAD_FIELDS: Record<keyof ArticlePayload, (v: unknown) => boolean> = {
  url: isHttpUrl,
  canonicalUrl: isHttpUrl,
  title: isString,
  byline: isStringOrNull,
  siteName: isStringOrNull,
  publishedTime: isStringOrNull,
  excerpt: isStringOrNull,
  lang: isStringOrNull,
  dir: (v) => v === null || v === 'ltr' || v === 'rtl',
  wordCount: isCount,
  readingMinutes: isCount,
  html: isBody,
  text: isBody,
};

/**
 * Every field of a whole article (as exported and imported): the payload's, plus the library's own. The
 * versions sync kept (`revisions`) are not exported: they live on the sync server too.
 */
export const ARTICLE_FIELDS: Record<
  Exclude<keyof SavedArticle, 'highlights' | 'revisions'>,
  (v: unknown) => boolean
> = {
  id: (v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID,
  ...PAYLOAD_FIELDS,
  savedAt: isTime,
  updatedAt: isTime,
  read: isFlag,
  archived: isFlag,
  tags: (v) =>
    Array.isArray(v) &&
    v.length <= MAX_TAGS &&
    v.every((tag) => typeof tag === 'string' && tag.length <= MAX_SHORT),
  progress: (v) => isCount(v) && v <= 1,
};

/** The name of the first field of `value` that breaks its rule, or null when every field keeps it. */
export function firstBadField<K extends string>(
  value: Record<string, unknown>,
  fields: Record<K, (v: unknown) => boolean>,
): K | null {
  return (Object.keys(fields) as K[]).find((key) => !fields[key](value[key])) ?? null;
}

/** A plain object (not null, not an array), whose fields can be looked at. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a payload that came from a content script, which speaks for a possibly hostile page: the right
 * shapes and sane sizes, and a canonical address on the page's own site, or nothing is saved.
 */
export function isValidPayload(value: unknown): value is ArticlePayload {
  if (!isRecord(value) || firstBadField(value, PAYLOAD_FIELDS) !== null) return false;
  const url = value.url as string;
  return /^https?:/i.test(url) && mayClaim(url, value.canonicalUrl as string);
}

/** Only the listed fields of `value`, copied into a fresh object (a `__proto__` or any other key is dropped). */
export function pickFields<T>(value: object, fields: Record<keyof T, unknown>): T {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(fields).map((key) => [key, source[key]])) as T;
}

/** A payload with its own fields only, copied into a fresh object. */
export function payloadFields(payload: ArticlePayload): ArticlePayload {
  return pickFields<ArticlePayload>(payload, PAYLOAD_FIELDS);
}
