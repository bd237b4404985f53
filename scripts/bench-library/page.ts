import { LibraryDb } from '../../core/library/db';
import { listArticles, newEntryState, putArticles, saveArticle } from '../../core/library/library';
import type { SavedArticle } from '../../core/library/record';
import { searchArticles, type SearchHit } from '../../core/library/search';
import { compactSearchIndex, compactionDone } from '../../core/library/search/write';
import { makeArticle, searchWords, typoOf } from './corpus';
import { measureFlexSearch, measureMiniSearch, measureOrama } from './engines';
import { OldLibraryDb, putOld, searchOld } from './old-index';
import { median, timed } from './timing';

/**
 * Runs in a Chromium page (real IndexedDB); the Node side calls these through page.evaluate. The page's
 * address says which index it measures (`?index=old` or `new`); each is opened on an origin of its own, so
 * that the browser's storage estimate is that index's library alone.
 */
const which = new URLSearchParams(location.search).get('index') === 'old' ? 'old' : 'new';
const NAME = 'lectern-bench';
let db: LibraryDb | OldLibraryDb = which === 'old' ? new OldLibraryDb(NAME) : new LibraryDb(NAME);
const BATCH = 250;
const START = Date.UTC(2024, 0, 1);

async function seed(from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    const batch: SavedArticle[] = [];
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      const savedAt = START + i * 60_000;
      batch.push({
        ...makeArticle(i),
        id: `bench-${String(i).padStart(6, '0')}`,
        ...newEntryState(savedAt),
      });
    }
    if (db instanceof LibraryDb) {
      const library = db;
      await db.transaction('rw', [db.articles, db.bodies, db.highlights, db.searchIndex], () =>
        putArticles(library, batch),
      );
    } else await putOld(db, batch);
  }
  if (db instanceof LibraryDb) {
    await compactionDone(db);
    await compactSearchIndex(db);
  }
}

/** The library's own data serialised: articles and bodies, what the user stored. */
async function dataBytes(): Promise<number> {
  let bytes = 0;
  for (const table of [db.articles, db.bodies]) {
    await table.each((row) => (bytes += JSON.stringify(row).length));
  }
  return bytes;
}

async function saveOne(i: number): Promise<void> {
  const payload = makeArticle(1_000_000 + i);
  if (db instanceof LibraryDb) {
    await saveArticle(db, payload);
    return;
  }
  const now = Date.now();
  const { html, text, ...meta } = payload;
  await putOld(db, [
    {
      ...meta,
      html,
      text,
      id: `${now.toString(36)}-${i}`,
      ...newEntryState(now),
    },
  ]);
}

const search = (text: string): Promise<SearchHit[]> =>
  db instanceof LibraryDb
    ? searchArticles(db, text)
    : searchOld(db, text).then((found) => found.map((article) => ({ article, score: 0, snippet: null })));

/** How long a search takes until the list can show its first screen of hits, and until the whole page. */
async function timedSearch(text: string): Promise<{ firstMs: number; allMs: number; hits: SearchHit[] }> {
  const start = performance.now();
  let firstMs = 0;
  const hits =
    db instanceof LibraryDb
      ? await searchArticles(db, text, {}, () => (firstMs = performance.now() - start))
      : await search(text);
  const allMs = performance.now() - start;
  return { firstMs: firstMs || allMs, allMs, hits };
}

/** Medians of `runs` searches: until the first screen of hits, and until the whole page. */
async function timedSearches(
  runs: number,
  text: (i: number) => string,
  each?: (hits: SearchHit[]) => void,
): Promise<{ firstMs: number; allMs: number }> {
  const first: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { firstMs, allMs, hits } = await timedSearch(text(i));
    first.push(firstMs);
    all.push(allMs);
    each?.(hits);
  }
  return { firstMs: median(first), allMs: median(all) };
}

let extra = 0;
async function measure(count: number) {
  const words = searchWords();
  const firstPageMs = await timed(15, () => listArticles(db as LibraryDb, { limit: 50 }));
  // A page opening: the first search reads the stored index (the old one has nothing to read first).
  if (db instanceof LibraryDb) {
    db.close();
    db = new LibraryDb(NAME);
  }
  const coldStart = performance.now();
  await search(words[0]!);
  const firstSearchMs = performance.now() - coldStart;
  let hits = 0;
  let snippets = 0;
  const searched = await timedSearches(
    15,
    (i) => words[i % words.length]!,
    (found) => {
      hits = found.length;
      snippets = found.filter((hit) => hit.snippet).length;
    },
  );
  const searchMs = searched.firstMs;
  const searchAllMs = searched.allMs;
  // A word typed with a letter swapped, as a user in a hurry does.
  const typo = typoOf(words[0]!);
  const typoHits = await search(`${typo} `);
  const exactIds = new Set((await search(`${words[0]!} `)).map((hit) => hit.article.id));
  const typoFound = typoHits.filter((hit) => exactIds.has(hit.article.id)).length;
  const typoMs = (await timedSearches(5, () => `${typo} `)).firstMs;
  const prefixMs = (await timedSearches(5, (i) => words[i % words.length]!.slice(0, 4))).firstMs;
  const saveMs = await timed(10, () => saveOne(extra++));
  if (db instanceof LibraryDb) await compactionDone(db);
  // LevelDB compacts in the background; a moment's rest makes the on-disk figure less of a snapshot of it.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const { usage = 0 } = await navigator.storage.estimate();
  return {
    index: which,
    articles: count,
    firstPageMs,
    firstSearchMs,
    searchMs,
    searchAllMs,
    searchHits: hits,
    snippets,
    typo,
    typoFound,
    typoOf: exactIds.size,
    typoMs,
    prefixMs,
    saveMs,
    dbBytes: usage,
    dataBytes: await dataBytes(),
  };
}

async function reset(): Promise<void> {
  await db.delete();
  await db.open();
}

async function engines(n: number) {
  return [await measureMiniSearch(n), await measureOrama(n), await measureFlexSearch(n)];
}

Object.assign(window, { benchLibrary: { seed, measure, reset, engines } });
