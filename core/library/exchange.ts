import type { LibraryDb } from './db';
import { ImportError } from './import-error';
import { fragmentToHtml, storedHtmlToFragment } from './html';
import { newId, normaliseTags, putArticles } from './library';
import type { SavedArticle } from './record';
import { ARTICLE_FIELDS, firstBadField, isRecord, pickFields } from './article-fields';
import {
  freshHighlights,
  highlightsByArticle,
  mergedHighlights,
  parseHighlights,
} from './exchange-highlights';

/** The Lectern JSON export: everything, losslessly; import reads exactly this. */
export const EXPORT_FORMAT = 'lectern-library';
export const EXPORT_VERSION = 1;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: SavedArticle[];
}

export { ImportError };

export async function exportLibrary(db: LibraryDb, now = new Date()): Promise<LibraryExport> {
  return db.transaction('r', db.articles, db.bodies, db.highlights, async () => {
    const summaries = await db.articles.orderBy('savedAt').reverse().toArray();
    const bodies = await db.bodies.bulkGet(summaries.map((a) => a.id));
    const highlights = highlightsByArticle(await db.highlights.toArray());
    const articles = summaries.map((summary, i) => ({
      ...summary,
      html: bodies[i]?.html ?? '',
      text: bodies[i]?.text ?? '',
      highlights: highlights.get(summary.id) ?? [],
    }));
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), articles };
  });
}

/**
 * An imported id of anything but letters, digits, `-` and `_` (Lectern's own ids are digits, letters and
 * hyphens) gets a new one: ids end up in addresses and file names, and one ending `/../../a` named a ZIP
 * entry.
 */
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

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
    // The same field rules as a page's save: an import is a way in for whoever wrote the file.
    if (!isRecord(raw)) throw new ImportError(`bad-article:${index + 1}:id`);
    const bad = firstBadField(raw, ARTICLE_FIELDS);
    if (bad) throw new ImportError(`bad-article:${index + 1}:${bad}`);
    const highlights = parseHighlights(raw.highlights, index + 1);
    return { ...pickFields<Omit<SavedArticle, 'highlights' | 'revisions'>>(raw, ARTICLE_FIELDS), highlights };
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
  return db.transaction('rw', [db.articles, db.bodies, db.searchIndex, db.highlights], async () => {
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
        writes.push({
          ...article,
          id,
          tags: normaliseTags(article.tags),
          highlights: await freshHighlights(db, article),
        });
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
        highlights: await mergedHighlights(db, existing.id, article),
      });
      updated++;
    }
    await putArticles(db, writes);
    return { added, updated };
  });
}
