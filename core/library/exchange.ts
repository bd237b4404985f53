import type { LibraryDb } from './db';
import { newId, normaliseTags, putArticles } from './library';
import type { SavedArticle } from './record';

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

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isFlag = (v: unknown): v is 0 | 1 => v === 0 || v === 1;

const FIELDS: Record<keyof SavedArticle, (v: unknown) => boolean> = {
  id: (v) => isString(v) && v.length > 0,
  url: isString,
  canonicalUrl: (v) => isString(v) && v.length > 0,
  title: isString,
  byline: isStringOrNull,
  siteName: isStringOrNull,
  publishedTime: isStringOrNull,
  excerpt: isStringOrNull,
  lang: isStringOrNull,
  dir: (v) => v === null || v === 'ltr' || v === 'rtl',
  wordCount: isCount,
  readingMinutes: isCount,
  savedAt: isCount,
  updatedAt: isCount,
  read: isFlag,
  archived: isFlag,
  tags: (v) => Array.isArray(v) && v.every(isString),
  progress: (v) => isCount(v) && v <= 1,
  html: isString,
  text: isString,
};

/** Checks a whole file before anything is written; the first problem is reported with where it is. */
export function parseLibraryExport(json: string): SavedArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ImportError('not-json');
  }
  const file = data as Partial<LibraryExport> | null;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT || !Array.isArray(file.articles)) {
    throw new ImportError('not-lectern');
  }
  if (file.version !== EXPORT_VERSION) throw new ImportError('newer-version');
  return file.articles.map((raw, index) => {
    const article = raw as unknown as Record<string, unknown>;
    const bad = Object.entries(FIELDS).find(([key, ok]) => !article || !ok(article[key]));
    if (bad) throw new ImportError(`bad-article:${index + 1}:${bad[0]}`);
    const picked = Object.fromEntries(Object.keys(FIELDS).map((key) => [key, article[key]]));
    return picked as unknown as SavedArticle;
  });
}

export interface ImportSummary {
  added: number;
  updated: number;
}

/**
 * Merges articles by canonical URL, in one transaction: an article already in the library keeps its id
 * and takes the newer version's content and state; tags are united.
 */
export async function importArticles(db: LibraryDb, incoming: SavedArticle[]): Promise<ImportSummary> {
  return db.transaction('rw', db.articles, db.bodies, db.words, async () => {
    const byUrl = new Map<string, SavedArticle>();
    for (const article of incoming) {
      const seen = byUrl.get(article.canonicalUrl);
      if (!seen || article.updatedAt > seen.updatedAt) byUrl.set(article.canonicalUrl, article);
    }
    const writes: SavedArticle[] = [];
    let added = 0;
    let updated = 0;
    for (const article of byUrl.values()) {
      const existing = await db.articles.where('canonicalUrl').equals(article.canonicalUrl).first();
      if (!existing) {
        const idTaken = (await db.articles.get(article.id)) !== undefined;
        writes.push({
          ...article,
          id: idTaken ? newId(article.savedAt) : article.id,
          tags: normaliseTags(article.tags),
        });
        added++;
        continue;
      }
      let base: SavedArticle = article;
      if (article.updatedAt <= existing.updatedAt) {
        const body = await db.bodies.get(existing.id);
        base = { ...existing, html: body?.html ?? '', text: body?.text ?? '' };
      }
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
