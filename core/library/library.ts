import type { LibraryDb } from './db';
import { failureOf } from './errors';
import type { ArticlePayload, ArticleSummary, SavedArticle, SaveResult } from './record';
import { payloadFields } from './article-fields';
import { indexArticles, reindexArticle, scheduleCompaction, unindexArticles } from './search/write';
import { releasePictures, restorePictures } from './pictures/store';
import type { RemovedPictures } from './pictures/record';

/** A deleted article as Undo puts it back: all of it, with its highlights and its kept pictures. */
export type RemovedArticle = SavedArticle & { keptPictures?: RemovedPictures };

export type ListFilter = 'all' | 'unread' | 'archived';

export interface ListQuery {
  filter?: ListFilter;
  tag?: string | null;
  limit?: number;
}

export type ArticleChange = Partial<
  Pick<ArticleSummary, 'title' | 'tags' | 'read' | 'archived' | 'progress'>
>;

const PAGE = 50;

/** Tags as the user means them: trimmed, inner spaces collapsed, no empty ones, no repeats. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (clean) seen.add(clean);
  }
  return Array.from(seen);
}

/** Whether a summary belongs in a list: "all" is everything not archived. */
export function matchesFilter(article: ArticleSummary, { filter = 'all', tag }: ListQuery): boolean {
  if (tag && !article.tags.includes(tag)) return false;
  if (filter === 'archived') return article.archived === 1;
  if (filter === 'unread') return article.archived === 0 && article.read === 0;
  return article.archived === 0;
}

/** The state of an article saved at `savedAt` for the first time: unread, not archived, untagged, at its start. */
export function newEntryState(
  savedAt: number,
): Pick<ArticleSummary, 'savedAt' | 'updatedAt' | 'read' | 'archived' | 'tags' | 'progress'> {
  return { savedAt, updatedAt: savedAt, read: 0, archived: 0, tags: [], progress: 0 };
}

/**
 * Ids begin with the save time (base 36, fixed width), so that ordering ids orders articles oldest to
 * newest: search reads matching ids from the word index and fetches only the newest page of them.
 */
export function newId(now = Date.now()): string {
  return `${now.toString(36).padStart(9, '0')}-${crypto.randomUUID()}`;
}

/**
 * Saves an article. The same canonical URL updates its entry (keeping the user's tags, state and
 * progress); the three tables are written in one transaction, so a failed save leaves nothing behind.
 */
export async function saveArticle(
  db: LibraryDb,
  payload: ArticlePayload,
  now = Date.now(),
): Promise<SaveResult> {
  try {
    const result = await db.transaction(
      'rw',
      [db.articles, db.bodies, db.highlights, db.searchIndex],
      async () => {
        const existing = await db.articles.where('canonicalUrl').equals(payload.canonicalUrl).first();
        // Only the payload's own fields: whatever else a sender adds (an id, tags, a save date) is not kept.
        const { html, text, ...meta } = payloadFields(payload);
        const summary: ArticleSummary = existing
          ? { ...existing, ...meta, updatedAt: now }
          : { ...meta, id: newId(now), ...newEntryState(now) };
        await db.articles.put(summary);
        await db.bodies.put({ id: summary.id, html, text });
        const highlights = existing
          ? await db.highlights.where('articleId').equals(summary.id).toArray()
          : [];
        await indexArticles(db, [{ ...summary, text, highlights }]);
        return { ok: true as const, id: summary.id, created: !existing };
      },
    );
    scheduleCompaction(db);
    return result;
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

export function getSummary(db: LibraryDb, id: string): Promise<ArticleSummary | undefined> {
  return db.articles.get(id);
}

export function findByCanonicalUrl(db: LibraryDb, canonicalUrl: string): Promise<ArticleSummary | undefined> {
  return db.articles.where('canonicalUrl').equals(canonicalUrl).first();
}

/** A whole article, its summary and body read in one transaction so that a save in between cannot mix them. */
export async function getArticle(db: LibraryDb, id: string): Promise<SavedArticle | undefined> {
  const [summary, body] = await db.transaction('r', db.articles, db.bodies, () =>
    Promise.all([db.articles.get(id), db.bodies.get(id)]),
  );
  if (!summary || !body) return undefined;
  const kept = body.revisions?.length ? { revisions: body.revisions } : {};
  return { ...summary, html: body.html, text: body.text, ...kept };
}

/** Changes what the user may change; a new title or new tags are indexed again so search finds them. */
export async function updateArticle(db: LibraryDb, id: string, change: ArticleChange, now = Date.now()) {
  return db.transaction('rw', [db.articles, db.bodies, db.highlights, db.searchIndex], async () => {
    const current = await db.articles.get(id);
    if (!current) return undefined;
    const next: ArticleSummary = { ...current, ...change, updatedAt: now };
    if (change.tags) next.tags = normaliseTags(change.tags);
    if (change.title !== undefined) {
      next.title = change.title.replace(/\s+/g, ' ').trim() || current.title;
    }
    await db.articles.put(next);
    if (next.title !== current.title || next.tags.join('\n') !== current.tags.join('\n')) {
      await reindexArticle(db, id);
    }
    return next;
  });
}

/** Reading position changes often; it is not an edit, so `updatedAt` stays. */
export async function setProgress(db: LibraryDb, id: string, progress: number): Promise<void> {
  await db.articles.update(id, { progress: Math.min(1, Math.max(0, progress)) });
}

/**
 * Deletes an article with its highlights and frees its pictures (those no other article shows), and returns
 * all of it, so that Undo can put it back exactly.
 */
export async function removeArticle(db: LibraryDb, id: string): Promise<RemovedArticle | undefined> {
  const tables = [db.articles, db.bodies, db.searchIndex, db.highlights, db.pictures, db.articlePictures];
  return db.transaction('rw', tables, async () => {
    const article = await getArticle(db, id);
    const highlights = await db.highlights.where('articleId').equals(id).toArray();
    const keptPictures = await releasePictures(db, id);
    await Promise.all([
      db.articles.delete(id),
      db.bodies.delete(id),
      unindexArticles(db, [id]),
      db.highlights.bulkDelete(highlights.map((h) => h.id)),
    ]);
    return article && { ...article, highlights, ...(keptPictures ? { keptPictures } : {}) };
  });
}

/**
 * Writes whole articles as they are (Undo, import), with the highlights they carry; call inside a
 * transaction over `articles`, `bodies`, `highlights` and `searchIndex`.
 */
export async function putArticles(db: LibraryDb, articles: readonly SavedArticle[]): Promise<void> {
  await db.articles.bulkPut(
    articles.map(({ html: _h, text: _t, highlights: _hl, revisions: _r, ...summary }) => summary),
  );
  await db.bodies.bulkPut(
    articles.map(({ id, html, text, revisions }) => ({
      id,
      html,
      text,
      ...(revisions?.length ? { revisions } : {}),
    })),
  );
  await db.highlights.bulkPut(
    articles.flatMap(({ id, highlights = [] }) => highlights.map((h) => ({ ...h, articleId: id }))),
  );
  await indexArticles(db, articles);
  scheduleCompaction(db);
}

export async function restoreArticle(db: LibraryDb, removed: RemovedArticle): Promise<void> {
  const { keptPictures, ...article } = removed;
  const tables = [db.articles, db.bodies, db.searchIndex, db.highlights, db.pictures, db.articlePictures];
  await db.transaction('rw', tables, async () => {
    await putArticles(db, [article]);
    if (keptPictures) await restorePictures(db, article.id, keptPictures);
  });
}

/** The newest articles that pass the filter. */
export function listArticles(db: LibraryDb, query: ListQuery = {}): Promise<ArticleSummary[]> {
  return db.articles
    .orderBy('savedAt')
    .reverse()
    .filter((article) => matchesFilter(article, query))
    .limit(query.limit ?? PAGE)
    .toArray();
}

/** Every tag in use, most used first, for suggestions and the tag filter. */
export async function allTags(db: LibraryDb): Promise<string[]> {
  const counts = new Map<string, number>();
  await db.articles.orderBy('tags').eachKey((tag) => {
    counts.set(String(tag), (counts.get(String(tag)) ?? 0) + 1);
  });
  return Array.from(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag]) => tag);
}
