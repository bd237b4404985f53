import { LibraryDb } from '../../core/library/db';
import { listArticles, putArticles, saveArticle } from '../../core/library/library';
import type { SavedArticle } from '../../core/library/record';
import { searchArticles } from '../../core/library/search';
import { makeArticle, searchWords } from './corpus';

/** Runs in a Chromium page (real IndexedDB); the Node side calls these through page.evaluate. */
const db = new LibraryDb('lectern-bench');
const BATCH = 250;
const START = Date.UTC(2024, 0, 1);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed(runs: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

async function seed(from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    const batch: SavedArticle[] = [];
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      const savedAt = START + i * 60_000;
      batch.push({
        ...makeArticle(i),
        id: `bench-${String(i).padStart(6, '0')}`,
        savedAt,
        updatedAt: savedAt,
        read: 0,
        archived: 0,
        tags: [],
        progress: 0,
      });
    }
    await db.transaction('rw', db.articles, db.bodies, db.words, () => putArticles(db, batch));
  }
}

/** What the library holds, serialised: every row, plus one key per word-index entry. */
async function dataBytes(): Promise<number> {
  let bytes = 0;
  for (const table of [db.articles, db.bodies]) {
    await table.each((row) => (bytes += JSON.stringify(row).length));
  }
  await db.words.each(
    (row) => (bytes += row.id.length + row.words.reduce((sum, w) => sum + 2 * w.length + row.id.length, 0)),
  );
  return bytes;
}

let extra = 0;
async function measure(count: number) {
  const words = searchWords();
  const firstPageMs = await timed(15, () => listArticles(db, { limit: 50 }));
  let hits = 0;
  const searchMs = await timed(15, async (i) => {
    hits = (await searchArticles(db, words[i % words.length]!)).length;
  });
  const saveMs = await timed(10, () => saveArticle(db, makeArticle(1_000_000 + extra++)));
  // LevelDB compacts in the background; a moment's rest makes the on-disk figure less of a snapshot of it.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const { usage = 0 } = await navigator.storage.estimate();
  return {
    articles: count,
    firstPageMs,
    searchMs,
    searchHits: hits,
    saveMs,
    dbBytes: usage,
    dataBytes: await dataBytes(),
  };
}

async function reset(): Promise<void> {
  await db.delete();
  await db.open();
}

Object.assign(window, { benchLibrary: { seed, measure, reset } });
