import type { Highlight } from '../annotate/highlight';
import { firstBadHighlightField, highlightFields } from '../annotate/highlight-fields';
import type { LibraryDb } from './db';
import { ImportError } from './import-error';
import { newId } from './library';
import type { SavedArticle } from './record';

/** More highlights than anyone makes on one article; a file with more is not a Lectern export. */
export const MAX_HIGHLIGHTS_PER_ARTICLE = 5000;

export function highlightsByArticle(highlights: readonly Highlight[]): Map<string, Highlight[]> {
  const byArticle = new Map<string, Highlight[]>();
  for (const h of highlights) byArticle.set(h.articleId, [...(byArticle.get(h.articleId) ?? []), h]);
  for (const list of byArticle.values())
    list.sort((a, b) => a.target.position.start - b.target.position.start);
  return byArticle;
}

/**
 * An imported article's highlights, checked with the same rules as the reader's (one bad highlight rejects
 * the whole file, with where it is) and copied field by field. Files from before highlights have none.
 */
export function parseHighlights(raw: unknown, articleNumber: number): Highlight[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_HIGHLIGHTS_PER_ARTICLE) {
    throw new ImportError(`bad-article:${articleNumber}:highlights`);
  }
  return raw.map((h: unknown, i) => {
    const bad = firstBadHighlightField(h);
    if (bad) throw new ImportError(`bad-article:${articleNumber}:highlights.${i + 1}.${bad}`);
    return highlightFields(h as Highlight);
  });
}

/** A new article's highlights: each keeps its id unless another highlight in the library has it. */
export async function freshHighlights(db: LibraryDb, article: SavedArticle): Promise<Highlight[]> {
  const incoming = article.highlights ?? [];
  const taken = await db.highlights.bulkGet(incoming.map((h) => h.id));
  return incoming.map((h, i) => (taken[i] ? { ...h, id: newId(h.createdAt) } : h));
}

/**
 * An article already in the library: its own highlights stay, the file's are added, and a highlight both
 * have (the same id on this article) keeps its newer edit.
 */
export async function mergedHighlights(
  db: LibraryDb,
  articleId: string,
  article: SavedArticle,
): Promise<Highlight[]> {
  const incoming = article.highlights ?? [];
  const existing = await db.highlights.bulkGet(incoming.map((h) => h.id));
  return incoming.flatMap((h, i) => {
    const there = existing[i];
    if (!there) return [h];
    if (there.articleId !== articleId) return [{ ...h, id: newId(h.createdAt) }];
    return h.updatedAt > there.updatedAt ? [h] : [];
  });
}
