import { create, insert, load, save, search as searchOrama } from '@orama/orama';
import { Index, IndexedDB } from 'flexsearch';
import MiniSearch from 'minisearch';
import { makeArticle, searchWords } from './corpus';
import { timed } from './timing';

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

interface Doc {
  id: number;
  title: string;
  text: string;
  site: string;
}

function doc(id: number): Doc {
  const a = makeArticle(id);
  return { id, title: a.title, text: a.text, site: a.siteName ?? '' };
}

/** What measuring an engine needs of it, once it holds the first `n` articles. */
interface Engine {
  engine: string;
  /** The number of hits for a word. */
  search(word: string): number | Promise<number>;
  add(d: Doc): unknown;
  /** The stored index's size, after the additions. */
  keptBytes(): Promise<number>;
  /** Reads the stored index back, as a page opening would. */
  load(): unknown;
}

/** The same measurements for every engine: 15 searches, 10 additions, the size kept, one read back. */
async function measure(n: number, start: (all: Doc[]) => Promise<Engine>): Promise<EngineFigures> {
  const all = Array.from({ length: n }, (_, i) => doc(i));
  const engine = await start(all);
  const words = searchWords();
  let hits = 0;
  const searchMs = await timed(15, async (i) => (hits = await engine.search(words[i % words.length]!)));
  const addMs = await timed(10, (i) => engine.add(doc(1_000_000 + i)));
  const indexBytes = await engine.keptBytes();
  const loadMs = await timed(1, () => engine.load());
  return {
    engine: engine.engine,
    articles: n,
    addMs,
    searchMs,
    searchHits: hits,
    indexBytes,
    textBytes: all.reduce((sum, d) => sum + d.title.length + d.text.length, 0),
    loadMs,
  };
}

export function measureMiniSearch(n: number): Promise<EngineFigures> {
  return measure(n, async (all) => {
    const options = {
      fields: ['title', 'text', 'site'],
      searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2 },
    };
    const index = new MiniSearch(options);
    index.addAll(all);
    let json = '';
    return {
      engine: 'MiniSearch 7.2.0',
      search: (word) => index.search(word).length,
      add: (d) => index.add(d),
      keptBytes: async () => (json = JSON.stringify(index)).length,
      load: () => MiniSearch.loadJSON(json, options),
    };
  });
}

export function measureOrama(n: number): Promise<EngineFigures> {
  return measure(n, async (all) => {
    const schema = { title: 'string', text: 'string', site: 'string' } as const;
    const db = create({ schema });
    const put = (d: Doc) => insert(db, { id: String(d.id), title: d.title, text: d.text, site: d.site });
    for (const d of all) put(d);
    let json = '';
    return {
      engine: 'Orama 3.1.18',
      search: async (word) =>
        (await searchOrama(db, { term: word, tolerance: 1, limit: 50, boost: { title: 3 } })).count,
      add: put,
      keptBytes: async () => (json = JSON.stringify(save(db))).length,
      load: () => load(create({ schema }), JSON.parse(json)),
    };
  });
}

export function measureFlexSearch(n: number): Promise<EngineFigures> {
  return measure(n, async (all) => {
    const before = (await navigator.storage.estimate()).usage ?? 0;
    const options = { tokenize: 'forward', resolution: 9 } as const;
    const index = new Index(options);
    await index.mount(new IndexedDB('flexsearch-bench'));
    for (const d of all) index.add(d.id, `${d.title} ${d.site} ${d.text}`);
    await index.commit();
    return {
      engine: 'FlexSearch 0.8.212 (IndexedDB)',
      search: async (word) => ((await index.search(word, { limit: 50 })) as unknown[]).length,
      add: async (d) => {
        index.add(d.id, `${d.title} ${d.site} ${d.text}`);
        await index.commit();
      },
      keptBytes: async () => {
        // IndexedDB writes settle a moment after the commit.
        await new Promise((resolve) => setTimeout(resolve, 3000));
        return ((await navigator.storage.estimate()).usage ?? 0) - before;
      },
      load: async () => {
        const fresh = new Index(options);
        await fresh.mount(new IndexedDB('flexsearch-bench'));
        await fresh.search(searchWords()[0]!, { limit: 50 });
      },
    };
  });
}
