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
    expect((await searchArticles(db, 'quiet')).map((a) => a.id)).toEqual(['v1-article']);
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
