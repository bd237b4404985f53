import { Dexie } from 'dexie';
import type { LibraryDb } from '../db';
import { indexDocument, type IndexSource } from './document';
import { buildSegment, MERGE_FACTOR, mergeSegments } from './segment';

/** Indexes articles (new or changed) as one row; call inside a transaction over `searchIndex`. */
export async function indexArticles(db: LibraryDb, articles: readonly IndexSource[]): Promise<void> {
  if (articles.length === 0) return;
  await db.searchIndex.add(buildSegment(articles.map(indexDocument)));
}

/** Takes removed articles out of search; call inside a transaction over `searchIndex`. */
export async function unindexArticles(db: LibraryDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.searchIndex.add(buildSegment([], [...ids]));
}

/**
 * Indexes an article again from what is stored (its tags or highlights changed); call inside a transaction
 * over `articles`, `bodies`, `highlights` and `searchIndex`.
 */
export async function reindexArticle(db: LibraryDb, id: string): Promise<void> {
  const [summary, body, highlights] = await Promise.all([
    db.articles.get(id),
    db.bodies.get(id),
    db.highlights.where('articleId').equals(id).toArray(),
  ]);
  if (summary) await indexArticles(db, [{ ...summary, text: body?.text ?? '', highlights }]);
}

/**
 * Merges rows of the same tier once there are MERGE_FACTOR of them, until no tier has that many: a library
 * of n articles keeps about log₈ n rows per tier, so a search looks in few places and a save writes one
 * small row. Each merge is one transaction: interrupted, it leaves the rows it would have replaced.
 */
export async function compactSearchIndex(db: LibraryDb): Promise<number> {
  let merges = 0;
  for (;;) {
    const merged = await db.transaction('rw', db.searchIndex, async () => {
      const tiers = (await db.searchIndex.orderBy('tier').keys()) as number[];
      const counts = new Map<number, number>();
      for (const tier of tiers) counts.set(tier, (counts.get(tier) ?? 0) + 1);
      const full = Array.from(counts).find(([, count]) => count >= MERGE_FACTOR);
      if (!full) return false;
      const rows = await db.searchIndex.where('tier').equals(full[0]).sortBy('seq');
      await db.searchIndex.bulkDelete(rows.map((row) => row.seq!));
      await db.searchIndex.add(mergeSegments(rows));
      return true;
    });
    if (!merged) return merges;
    merges++;
  }
}

const compacting = new WeakMap<LibraryDb, Promise<unknown>>();

/**
 * Compacts after a write without making the writer wait; one compaction at a time per database. A failed
 * one loses nothing (the rows stay as they were) and is tried again after the next write.
 */
export function scheduleCompaction(db: LibraryDb): void {
  if (compacting.has(db)) return;
  // On a timer, outside the caller's transaction (which may still be open), so that the merge is a
  // transaction of its own that waits for the caller's to end.
  const run = new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => Dexie.ignoreTransaction(() => compactSearchIndex(db)))
    .catch((error: unknown) => {
      // The page or worker closed its database meanwhile: the next one to open it compacts.
      if (error instanceof Dexie.DatabaseClosedError) return;
      console.warn('Lectern: compacting the search index failed', error);
    })
    .finally(() => compacting.delete(db));
  compacting.set(db, run);
}

/** The compaction under way, if any (an export or a test waits for it). */
export function compactionDone(db: LibraryDb): Promise<unknown> {
  return compacting.get(db) ?? Promise.resolve();
}
