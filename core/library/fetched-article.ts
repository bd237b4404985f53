import type { FetchOutcome } from '../importers/fetch-outcome';
import type { LibraryDb } from './db';
import { reindexArticle } from './search/write';

/**
 * Writes what fetching a queued link gave, in one transaction with its queue entry. A read page fills the
 * article in: its body, words and metadata, under the address it was imported with (the merge key), and
 * the imported title unless there was only the address; the user's tags, state and progress stay. A
 * failure keeps the link as it is and records why. An article deleted meanwhile drops its entry.
 */
export async function recordFetched(
  db: LibraryDb,
  id: string,
  outcome: FetchOutcome,
  now = Date.now(),
): Promise<void> {
  await db.transaction(
    'rw',
    [db.articles, db.bodies, db.searchIndex, db.highlights, db.fetchQueue],
    async () => {
      const [task, current] = await Promise.all([db.fetchQueue.get(id), db.articles.get(id)]);
      if (!task) return;
      if (!current) return void (await db.fetchQueue.delete(id));
      const attempts = task.attempts + 1;
      if (!outcome.ok) {
        const status = outcome.status ?? null;
        return void (await db.fetchQueue.put({
          ...task,
          state: 'failed',
          reason: outcome.reason,
          status,
          attempts,
        }));
      }
      // Saved from the reader meanwhile: the user's own save wins.
      if (current.wordCount === 0) {
        const { html, text, ...meta } = outcome.payload;
        const title = current.title === current.url ? meta.title : current.title;
        await db.articles.put({
          ...current,
          ...meta,
          canonicalUrl: current.canonicalUrl,
          title,
          updatedAt: now,
        });
        await db.bodies.put({ id, html, text });
        await reindexArticle(db, id);
      }
      await db.fetchQueue.put({ ...task, state: 'done', reason: null, status: null, attempts });
    },
  );
}

export interface QueueCounts {
  done: number;
  failed: number;
  left: number;
}

export async function queueCounts(db: LibraryDb): Promise<QueueCounts> {
  const count = (state: string) => db.fetchQueue.where('state').equals(state).count();
  const [done, failed, left] = await Promise.all([count('done'), count('failed'), count('queued')]);
  return { done, failed, left };
}

/** Failed links go back in the queue; returns how many. */
export function requeueFailed(db: LibraryDb, now = Date.now()): Promise<number> {
  return db.fetchQueue
    .where('state')
    .equals('failed')
    .modify({ state: 'queued', reason: null, status: null, queuedAt: now });
}

/** Links still queued leave the queue (they stay in the list as links); returns how many. */
export function dropQueued(db: LibraryDb): Promise<number> {
  return db.fetchQueue.where('state').equals('queued').delete();
}

/** The queue's finished entries go, once the user has seen the summary. */
export function clearFinished(db: LibraryDb): Promise<number> {
  return db.fetchQueue.where('state').anyOf('done', 'failed').delete();
}
