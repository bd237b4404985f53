import type { Highlight, HighlightColor } from '../annotate/highlight';
import type { HighlightTarget } from '../annotate/selectors';
import type { LibraryDb } from './db';
import { newId } from './library';
import { reindexArticle } from './search/write';

/** An article's highlights in reading order. */
export async function listHighlights(db: LibraryDb, articleId: string): Promise<Highlight[]> {
  const found = await db.highlights.where('articleId').equals(articleId).toArray();
  return found.sort((a, b) => a.target.position.start - b.target.position.start || a.createdAt - b.createdAt);
}

/** Highlights and notes are searched with their article: each change indexes the article again. */
const INDEXED = (db: LibraryDb) => [db.articles, db.bodies, db.highlights, db.searchIndex];

/** Every highlight, newest first (the reading list's Highlights view and the exports). */
export function allHighlights(db: LibraryDb): Promise<Highlight[]> {
  return db.highlights.orderBy('createdAt').reverse().toArray();
}

export async function addHighlight(
  db: LibraryDb,
  articleId: string,
  target: HighlightTarget,
  color: HighlightColor,
  now = Date.now(),
): Promise<Highlight> {
  const highlight: Highlight = {
    id: newId(now),
    articleId,
    target,
    color,
    note: '',
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', INDEXED(db), async () => {
    await db.highlights.add(highlight);
    await reindexArticle(db, articleId);
  });
  return highlight;
}

export type HighlightChange = Partial<Pick<Highlight, 'color' | 'note'>>;

export async function updateHighlight(
  db: LibraryDb,
  id: string,
  change: HighlightChange,
  now = Date.now(),
): Promise<Highlight | undefined> {
  return db.transaction('rw', INDEXED(db), async () => {
    const current = await db.highlights.get(id);
    if (!current) return undefined;
    const next = { ...current, ...change, updatedAt: now };
    await db.highlights.put(next);
    if (next.note !== current.note) await reindexArticle(db, current.articleId);
    return next;
  });
}

/** Deletes a highlight and returns it, so that Undo can put it back as it was. */
export async function removeHighlight(db: LibraryDb, id: string): Promise<Highlight | undefined> {
  return db.transaction('rw', INDEXED(db), async () => {
    const found = await db.highlights.get(id);
    if (found) {
      await db.highlights.delete(id);
      await reindexArticle(db, found.articleId);
    }
    return found;
  });
}

/** Puts a removed highlight back, if its article is still there. */
export async function restoreHighlight(db: LibraryDb, highlight: Highlight): Promise<boolean> {
  return db.transaction('rw', INDEXED(db), async () => {
    if (!(await db.articles.get(highlight.articleId))) return false;
    await db.highlights.put(highlight);
    await reindexArticle(db, highlight.articleId);
    return true;
  });
}
