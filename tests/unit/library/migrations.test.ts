import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, LIBRARY_DB_NAME, LibraryDb, SCHEMA_VERSIONS } from '../../../core/library/db';
import { queuedTask } from '../../../core/library/fetch-task';
import { getArticle, listArticles, removeArticle } from '../../../core/library/library';
import { searchArticles } from '../../../core/library/search';
import { addHighlight, listHighlights } from '../../../core/library/highlights';
import { targetAt } from '../../../core/annotate/selectors';
import { readPictures } from '../../../core/library/pictures/store';

/**
 * Databases as each published version wrote them, with example data, opened by the current code. A new
 * schema version adds its predecessor here, with data in the old shape, and checks what its upgrade made.
 */
const V1_STORES = { articles: 'id, &canonicalUrl, savedAt, *tags', bodies: 'id', words: 'id, *words' };
const V1_ARTICLE = {
  id: 'v1-article',
  url: 'https://news.example/old?utm_source=x',
  canonicalUrl: 'https://news.example/old',
  title: 'Saved with version one',
  byline: null,
  siteName: 'Example News',
  publishedTime: null,
  excerpt: 'An early save',
  lang: 'en',
  dir: null,
  wordCount: 4,
  readingMinutes: 1,
  savedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_500,
  read: 1,
  archived: 0,
  tags: ['history'],
  progress: 0.25,
};

/** A library as version 3 wrote it: two articles, their word lists, a highlight with a note. */
async function version3Library(): Promise<IDBFactory> {
  const indexedDB = new IDBFactory();
  const old = new Dexie(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
  for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= 3))
    old.version(version).stores(stores);
  const v3 = {
    ...V1_ARTICLE,
    id: 'v3-article',
    canonicalUrl: 'https://news.example/v3',
    title: 'Harbour',
    siteName: 'Harbour Post',
    tags: [],
  };
  await old.table('articles').bulkPut([V1_ARTICLE, v3]);
  await old.table('bodies').bulkPut([
    { id: 'v1-article', html: '<p>Quiet old words</p>', text: 'Quiet old words' },
    { id: 'v3-article', html: '<p>Boats</p>', text: 'Boats' },
  ]);
  await old.table('words').bulkPut([
    { id: 'v1-article', words: ['quiet', 'old', 'words'] },
    { id: 'v3-article', words: ['harbour', 'boats'] },
  ]);
  await old.table('highlights').put({
    id: 'h1',
    articleId: 'v1-article',
    target: targetAt('Quiet old words', 0, 5),
    color: 'yellow',
    note: 'a lantern in the window',
    createdAt: 1,
    updatedAt: 1,
  });
  old.close();
  return indexedDB;
}

let opened: Dexie[] = [];
afterEach(() => {
  opened.forEach((db) => db.close());
  opened = [];
});

describe('library schema migrations', () => {
  it('declares version 1 as it shipped', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: V1_STORES });
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('opens a version 1 database with its articles, bodies and search words intact', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    old.version(1).stores(V1_STORES);
    await old.table('articles').put(V1_ARTICLE);
    await old
      .table('bodies')
      .put({ id: 'v1-article', html: '<p>Quiet old words</p>', text: 'Quiet old words' });
    await old
      .table('words')
      .put({ id: 'v1-article', words: ['saved', 'with', 'version', 'one', 'quiet', 'old', 'words'] });
    old.close();

    const db = new LibraryDb(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    opened.push(db);
    expect(await getArticle(db, 'v1-article')).toEqual({
      ...V1_ARTICLE,
      html: '<p>Quiet old words</p>',
      text: 'Quiet old words',
    });
    expect((await listArticles(db, { tag: 'history' })).map((a) => a.id)).toEqual(['v1-article']);
    expect((await searchArticles(db, 'quiet')).map((a) => a.article.id)).toEqual(['v1-article']);
    expect(db.verno).toBe(CURRENT_VERSION);
    // Version 2 added the highlights table: an old library opens with none, and takes new ones.
    expect(await db.highlights.count()).toBe(0);
    expect(await listHighlights(db, 'v1-article')).toEqual([]);
    await addHighlight(db, 'v1-article', targetAt('Quiet old words', 6, 9), 'green', 5);
    expect((await listHighlights(db, 'v1-article')).map((h) => h.target.quote.exact)).toEqual(['old']);
  });

  it('declares version 2 as adding the highlights table only', () => {
    expect(SCHEMA_VERSIONS[1]).toEqual({ version: 2, stores: { highlights: 'id, articleId, createdAt' } });
  });

  it('declares version 3 as a new fetch queue table only', () => {
    expect(SCHEMA_VERSIONS[2]).toEqual({ version: 3, stores: { fetchQueue: 'id, state, queuedAt' } });
  });

  it('declares version 5 as the packed search index in place of the word lists', () => {
    expect(SCHEMA_VERSIONS[4]).toMatchObject({
      version: 5,
      stores: { words: null, searchIndex: '++seq, tier' },
    });
  });

  it('moves a version 3 library to the ranked index: every article, tag, site and note found', async () => {
    const indexedDB = await version3Library();
    const db = new LibraryDb(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    opened.push(db);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('words');
    expect(await getArticle(db, 'v1-article')).toEqual({
      ...V1_ARTICLE,
      html: '<p>Quiet old words</p>',
      text: 'Quiet old words',
    });
    const ids = async (q: string) => (await searchArticles(db, q)).map((hit) => hit.article.id);
    expect(await ids('quiet')).toEqual(['v1-article']);
    expect(await ids('history')).toEqual(['v1-article']);
    expect(await ids('example news')).toEqual(['v1-article']);
    expect(await ids('lantern')).toEqual(['v1-article']);
    expect(await ids('harbour')).toEqual(['v3-article']);
    expect((await searchArticles(db, 'quiet'))[0]!.snippet).toEqual([
      { text: 'Quiet', match: true },
      { text: ' old words', match: false },
    ]);
  });

  it('leaves a version 3 library whole when its upgrade is cut short, and upgrades it next time', async () => {
    const indexedDB = await version3Library();
    const step = SCHEMA_VERSIONS.find((v) => 'searchIndex' in v.stores)!;
    const interrupted = new Dexie(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = interrupted.version(version).stores(stores);
      if (version === step.version) {
        // The index is written, then the browser goes away before the upgrade ends.
        declared.upgrade(async (tx) => {
          await step.upgrade!(tx);
          throw new Error('the browser closed');
        });
      } else if (upgrade) declared.upgrade(upgrade);
    }
    await expect(interrupted.open()).rejects.toThrow();
    interrupted.close();

    const old = new Dexie(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    opened.push(old);
    await old.open();
    expect(old.verno).toBe(3);
    expect(await old.table('articles').count()).toBe(2);
    expect(await old.table('bodies').count()).toBe(2);
    expect(await old.table('words').get('v1-article')).toMatchObject({ words: ['quiet', 'old', 'words'] });
    expect(await old.table('highlights').count()).toBe(1);
    old.close();

    const db = new LibraryDb(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    opened.push(db);
    expect((await searchArticles(db, 'harbour')).map((hit) => hit.article.id)).toEqual(['v3-article']);
    expect(db.verno).toBe(CURRENT_VERSION);
  });

  it('gives a version 1 library an empty fetch queue that takes links, and leaves its articles be', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    old.version(1).stores(V1_STORES);
    await old.table('articles').put(V1_ARTICLE);
    await old.table('bodies').put({ id: 'v1-article', html: '', text: '' });
    old.close();

    const db = new LibraryDb(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    opened.push(db);
    expect(await db.fetchQueue.count()).toBe(0);
    expect(await db.articles.get('v1-article')).toEqual(V1_ARTICLE);
    await db.fetchQueue.put(queuedTask('v1-article', V1_ARTICLE.url, 1));
    expect(await db.fetchQueue.where('state').equals('queued').primaryKeys()).toEqual(['v1-article']);
  });

  it('declares version 4 as new tables for pictures only', () => {
    expect(SCHEMA_VERSIONS[3]).toEqual({
      version: 4,
      stores: { pictures: 'hash, *articleIds, bytes', articlePictures: 'id' },
    });
  });

  it('opens a version 3 library with its articles, highlights and fetch queue as they were, and no pictures', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    old.version(1).stores(V1_STORES);
    old.version(2).stores({ highlights: 'id, articleId, createdAt' });
    old.version(3).stores({ fetchQueue: 'id, state, queuedAt' });
    await old.table('articles').put(V1_ARTICLE);
    await old.table('bodies').put({
      id: 'v1-article',
      html: '<p>Quiet old words <img src="https://pics.example/old.jpg" alt="An old picture"></p>',
      text: 'Quiet old words',
    });
    await old.table('words').put({ id: 'v1-article', words: ['quiet', 'old', 'words'] });
    await old.table('fetchQueue').put(queuedTask('queued-link', 'https://news.example/later', 1));
    old.close();

    const db = new LibraryDb(LIBRARY_DB_NAME, { indexedDB, IDBKeyRange });
    opened.push(db);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.articles.get('v1-article')).toEqual(V1_ARTICLE);
    expect((await getArticle(db, 'v1-article'))?.html).toContain('https://pics.example/old.jpg');
    expect(await db.fetchQueue.count()).toBe(1);
    // An article saved before pictures were kept has no record: its saved copy says they were not kept.
    expect(await readPictures(db, 'v1-article')).toEqual({ record: undefined, blobs: new Map() });
    expect(await db.pictures.count()).toBe(0);
    // And it deletes as before.
    expect((await removeArticle(db, 'v1-article'))?.title).toBe(V1_ARTICLE.title);
    expect(await db.articles.count()).toBe(0);
  });
});
