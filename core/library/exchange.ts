import { httpUrl } from './canonical-url';
import type { LibraryDb } from './db';
import { fragmentToHtml, storedHtmlToFragment } from './html';
import { newId, normaliseTags, putArticles } from './library';
import type { SavedArticle } from './record';
import { MAX_FIELD, MAX_HTML, MAX_URL } from './valid-payload';

/** The Lectern JSON export: everything, losslessly; import reads exactly this. */
export const EXPORT_FORMAT = 'lectern-library';
export const EXPORT_VERSION = 1;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: SavedArticle[];
}

export class ImportError extends Error {
  override name = 'ImportError';
}

export async function exportLibrary(db: LibraryDb, now = new Date()): Promise<LibraryExport> {
  return db.transaction('r', db.articles, db.bodies, async () => {
    const summaries = await db.articles.orderBy('savedAt').reverse().toArray();
    const bodies = await db.bodies.bulkGet(summaries.map((a) => a.id));
    const articles = summaries.map((summary, i) => ({
      ...summary,
      html: bodies[i]?.html ?? '',
      text: bodies[i]?.text ?? '',
    }));
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), articles };
  });
}

const MAX_ID = 200;
/**
 * An imported id of anything but letters, digits, `-` and `_` (Lectern's own ids are digits, letters and
 * hyphens) gets a new one: ids end up in addresses and file names, and one ending `/../../a` named a ZIP
 * entry.
 */
const SAFE_ID = /^[A-Za-z0-9_-]+$/;
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
 * Every field of an article and what a file may hold there. The same bounds as a page's save: an import
 * is a way in for whoever wrote the file, so a link is http(s) (never `javascript:`), a field is no bigger
 * than a save allows, and the HTML is sanitized again below.
 */
const FIELDS: Record<keyof SavedArticle, (v: unknown) => boolean> = {
  id: (v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID,
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
  savedAt: isTime,
  updatedAt: isTime,
  read: isFlag,
  archived: isFlag,
  tags: (v) =>
    Array.isArray(v) &&
    v.length <= MAX_TAGS &&
    v.every((tag) => typeof tag === 'string' && tag.length <= MAX_SHORT),
  progress: (v) => isCount(v) && v <= 1,
  html: isBody,
  text: isBody,
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a whole file before anything is written; the first problem is reported with where it is. Only
 * the known fields are kept (a `__proto__` or any other key is dropped), and every body is run through the
 * same sanitizer as a freshly extracted article, so a file can bring no script into the library.
 */
export function parseLibraryExport(json: string, win: Window = window): SavedArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ImportError('not-json');
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || !Array.isArray(data.articles)) {
    throw new ImportError('not-lectern');
  }
  if (data.version !== EXPORT_VERSION) throw new ImportError('newer-version');
  const checked = data.articles.map((raw: unknown, index) => {
    const bad = Object.entries(FIELDS).find(([key, ok]) => !isRecord(raw) || !ok(raw[key]));
    if (bad || !isRecord(raw)) throw new ImportError(`bad-article:${index + 1}:${bad?.[0] ?? 'id'}`);
    return Object.fromEntries(Object.keys(FIELDS).map((key) => [key, raw[key]])) as unknown as SavedArticle;
  });
  return checked.map((article) => ({
    ...article,
    html: fragmentToHtml(storedHtmlToFragment(article.html, win), win.document),
  }));
}

export interface ImportSummary {
  added: number;
  updated: number;
}

/**
 * Merges articles by canonical URL, in one transaction: an article already in the library keeps its id
 * and takes the newer version's content and state; tags are united. A new article keeps its id unless
 * the id is taken or not a safe one.
 */
export async function importArticles(db: LibraryDb, incoming: SavedArticle[]): Promise<ImportSummary> {
  return db.transaction('rw', db.articles, db.bodies, db.words, async () => {
    const byUrl = new Map<string, SavedArticle>();
    for (const article of incoming) {
      const seen = byUrl.get(article.canonicalUrl);
      if (!seen || article.updatedAt > seen.updatedAt) byUrl.set(article.canonicalUrl, article);
    }
    const writes: SavedArticle[] = [];
    // Ids given out in this import: two articles of one file that share an id must not overwrite each other.
    const used = new Set<string>();
    let added = 0;
    let updated = 0;
    for (const article of byUrl.values()) {
      const existing = await db.articles.where('canonicalUrl').equals(article.canonicalUrl).first();
      if (!existing) {
        const keepId =
          SAFE_ID.test(article.id) &&
          !used.has(article.id) &&
          (await db.articles.get(article.id)) === undefined;
        const id = keepId ? article.id : newId(article.savedAt);
        used.add(id);
        writes.push({ ...article, id, tags: normaliseTags(article.tags) });
        added++;
        continue;
      }
      let base: SavedArticle = article;
      if (article.updatedAt <= existing.updatedAt) {
        const body = await db.bodies.get(existing.id);
        base = { ...existing, html: body?.html ?? '', text: body?.text ?? '' };
      }
      used.add(existing.id);
      writes.push({
        ...base,
        id: existing.id,
        savedAt: Math.min(existing.savedAt, article.savedAt),
        tags: normaliseTags([...existing.tags, ...article.tags]),
      });
      updated++;
    }
    await putArticles(db, writes);
    return { added, updated };
  });
}
