import { create, insert, load, save, search as searchOrama } from '@orama/orama';
import { Index, IndexedDB } from 'flexsearch';
import MiniSearch from 'minisearch';
import { makeArticle, searchWords } from './corpus';

/**
 * Well-kept search engines, measured on the same articles as the library's own index: how long adding
 * one more article takes, how long a search takes, and how much the index weighs kept (MiniSearch and
 * Orama serialised to JSON, as they would be stored; FlexSearch in its own IndexedDB persistence, as the
 * browser counts it). Each runs in a page of its own origin, so the storage figure is its own.
 */
export interface EngineFigures {
  engine: string;
  articles: number;
  addMs: number;
  searchMs: number;
  searchHits: number;
  /** The stored index only, without the articles. */
  indexBytes: number;
  /** The articles' own text (title and body), for scale. */
  textBytes: number;
  /** Reading the stored index back before the first search (a page opening). */
  loadMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed(runs: number, run: (i: number) => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

const docs = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const a = makeArticle(i);
    return { id: i, title: a.title, text: a.text, site: a.siteName ?? '' };
  });

export async function measureMiniSearch(n: number): Promise<EngineFigures> {
  const all = docs(n);
  const options = {
    fields: ['title', 'text', 'site'],
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2 },
  };
  const index = new MiniSearch(options);
  index.addAll(all);
  const words = searchWords();
  let hits = 0;
  const searchMs = await timed(15, (i) => (hits = index.search(words[i % words.length]!).length));
  const addMs = await timed(10, (i) => {
    const a = makeArticle(1_000_000 + i);
    index.add({ id: 1_000_000 + i, title: a.title, text: a.text, site: a.siteName ?? '' });
  });
  const json = JSON.stringify(index);
  const loadStart = performance.now();
  MiniSearch.loadJSON(json, options);
  const loadMs = performance.now() - loadStart;
  return {
    engine: 'MiniSearch 7.2.0',
    articles: n,
    addMs,
    searchMs,
    searchHits: hits,
    indexBytes: json.length,
    textBytes: all.reduce((s, d) => s + d.title.length + d.text.length, 0),
    loadMs,
  };
}

export async function measureOrama(n: number): Promise<EngineFigures> {
  const all = docs(n);
  const schema = { title: 'string', text: 'string', site: 'string' } as const;
  const db = create({ schema });
  for (const d of all) insert(db, { id: String(d.id), title: d.title, text: d.text, site: d.site });
  const words = searchWords();
  let hits = 0;
  const searchMs = await timed(15, async (i) => {
    const found = await searchOrama(db, {
      term: words[i % words.length]!,
      tolerance: 1,
      limit: 50,
      boost: { title: 3 },
    });
    hits = found.count;
  });
  const addMs = await timed(10, (i) => {
    const a = makeArticle(1_000_000 + i);
    return insert(db, { id: String(1_000_000 + i), title: a.title, text: a.text, site: a.siteName ?? '' });
  });
  const json = JSON.stringify(save(db));
  const loadStart = performance.now();
  load(create({ schema }), JSON.parse(json));
  const loadMs = performance.now() - loadStart;
  return {
    engine: 'Orama 3.1.18',
    articles: n,
    addMs,
    searchMs,
    searchHits: hits,
    indexBytes: json.length,
    textBytes: all.reduce((s, d) => s + d.title.length + d.text.length, 0),
    loadMs,
  };
}

export async function measureFlexSearch(n: number): Promise<EngineFigures> {
  const all = docs(n);
  const before = (await navigator.storage.estimate()).usage ?? 0;
  const options = { tokenize: 'forward', resolution: 9 } as const;
  const index = new Index(options);
  const store = new IndexedDB('flexsearch-bench');
  await index.mount(store);
  for (const d of all) index.add(d.id, `${d.title} ${d.site} ${d.text}`);
  await index.commit();
  const words = searchWords();
  let hits = 0;
  const searchMs = await timed(15, async (i) => {
    hits = ((await index.search(words[i % words.length]!, { limit: 50 })) as unknown[]).length;
  });
  const addMs = await timed(10, async (i) => {
    const a = makeArticle(1_000_000 + i);
    index.add(1_000_000 + i, `${a.title} ${a.siteName ?? ''} ${a.text}`);
    await index.commit();
  });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const after = (await navigator.storage.estimate()).usage ?? 0;
  const fresh = new Index(options);
  const loadStart = performance.now();
  await fresh.mount(new IndexedDB('flexsearch-bench'));
  await fresh.search(words[0]!, { limit: 50 });
  const loadMs = performance.now() - loadStart;
  return {
    engine: 'FlexSearch 0.8.212 (IndexedDB)',
    articles: n,
    addMs,
    searchMs,
    searchHits: hits,
    indexBytes: after - before,
    textBytes: all.reduce((s, d) => s + d.title.length + d.text.length, 0),
    loadMs,
  };
}
