import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryDb } from '../../../core/library/db';
import {
  exportLibrary,
  ImportError,
  importArticles,
  parseLibraryExport,
} from '../../../core/library/exchange';
import { saveArticle, updateArticle } from '../../../core/library/library';
import { searchArticles } from '../../../core/library/search';
import { storedHtmlToFragment } from '../../../core/library/html';
import { payload } from '../library/make-article';
import { openTestLibrary } from '../library/open-db';

const dbs: LibraryDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

/** A library with one article the user tagged: what every hostile file must leave exactly as it is. */
async function userLibrary(): Promise<LibraryDb> {
  const { db } = openTestLibrary();
  dbs.push(db);
  const saved = await saveArticle(db, payload(), 1000);
  if (!saved.ok) throw new Error('save failed');
  await updateArticle(db, saved.id, { tags: ['mine'] }, 2000);
  return db;
}

const snapshot = async (db: LibraryDb) => (await exportLibrary(db, new Date(0))).articles;

/** A well-formed exported article, the base every hostile variant changes one thing of. */
function goodArticle(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...payload({ url: 'https://imported.example/a', title: 'Imported story' }),
    id: '00000000a-imported',
    savedAt: 5000,
    updatedAt: 5000,
    read: 0,
    archived: 0,
    tags: ['imported'],
    progress: 0,
    ...change,
  };
}

const file = (articles: unknown[], change: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'lectern-library', version: 1, exportedAt: '', articles, ...change });

/** Parses and imports the way the reading list does; returns the error code, if any. */
async function tryImport(db: LibraryDb, text: string): Promise<string | null> {
  try {
    await importArticles(db, parseLibraryExport(text));
    return null;
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
}

const HUGE = 'x'.repeat(25 * 1024 * 1024);

describe('a hostile library file', () => {
  const rejected: Array<[string, string, string]> = [
    ['not JSON', '{"format":', 'not-json'],
    ['JSON but not an object', '"lectern-library"', 'not-lectern'],
    ['an array', '[{"format":"lectern-library"}]', 'not-lectern'],
    ['another format', file([], { format: 'pocket' }), 'not-lectern'],
    ['articles not a list', file([], { articles: { 0: goodArticle() } }), 'not-lectern'],
    ['a newer version', file([goodArticle()], { version: 2 }), 'newer-version'],
    ['a version as a string', file([goodArticle()], { version: '1' }), 'newer-version'],
    ['an article that is null', file([goodArticle(), null]), 'bad-article:2:id'],
    ['an article that is a list', file([[goodArticle()]]), 'bad-article:1:id'],
    ['a missing field', file([{ ...goodArticle(), title: undefined }]), 'bad-article:1:title'],
    ['a number for a title', file([goodArticle({ title: 42 })]), 'bad-article:1:title'],
    ['an object for the body', file([goodArticle({ html: { toString: 'x' } })]), 'bad-article:1:html'],
    ['tags that are not strings', file([goodArticle({ tags: ['a', 7] })]), 'bad-article:1:tags'],
    ['a javascript: link', file([goodArticle({ url: 'javascript:alert(1)' })]), 'bad-article:1:url'],
    ['a data: link', file([goodArticle({ url: 'data:text/html,<script>x</script>' })]), 'bad-article:1:url'],
    [
      'a javascript: canonical address',
      file([goodArticle({ canonicalUrl: 'javascript:alert(1)' })]),
      'bad-article:1:canonicalUrl',
    ],
    ['read as true', file([goodArticle({ read: true })]), 'bad-article:1:read'],
    ['a negative date', file([goodArticle({ savedAt: -1 })]), 'bad-article:1:savedAt'],
    ['a date past any calendar', file([goodArticle({ updatedAt: 1e300 })]), 'bad-article:1:updatedAt'],
    ['progress past the end', file([goodArticle({ progress: 7 })]), 'bad-article:1:progress'],
    ['a direction that is CSS', file([goodArticle({ dir: 'ltr;color:red' })]), 'bad-article:1:dir'],
    ['an empty id', file([goodArticle({ id: '' })]), 'bad-article:1:id'],
    ['a huge id', file([goodArticle({ id: 'i'.repeat(100_000) })]), 'bad-article:1:id'],
    ['a 25 MB body', file([goodArticle({ html: HUGE })]), 'bad-article:1:html'],
    ['a 25 MB text', file([goodArticle({ text: HUGE })]), 'bad-article:1:text'],
    ['a huge title', file([goodArticle({ title: 't'.repeat(1_000_000) })]), 'bad-article:1:title'],
    [
      'a huge link',
      file([goodArticle({ url: `https://a.example/${'p'.repeat(100_000)}` })]),
      'bad-article:1:url',
    ],
    [
      'a million tags',
      file([goodArticle({ tags: Array.from({ length: 1_000_000 }, String) })]),
      'bad-article:1:tags',
    ],
    [
      'a good article, then a bad one',
      file([goodArticle(), goodArticle({ id: 'b', wordCount: 'many' })]),
      'bad-article:2:wordCount',
    ],
  ];

  for (const [what, text, code] of rejected) {
    it(`is turned away, changing nothing: ${what}`, async () => {
      const db = await userLibrary();
      const before = await snapshot(db);
      expect(await tryImport(db, text)).toBe(code);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('brings no script in: every field is stored as text, the body through the sanitizer', async () => {
    const db = await userLibrary();
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const hostile = goodArticle({
      title: script,
      byline: script,
      siteName: script,
      excerpt: script,
      publishedTime: script,
      lang: script,
      tags: [script],
      text: `plain ${script}`,
      html: `<p onclick="alert(3)">Body <a href="javascript:alert(4)">link</a></p>${script}<iframe src="https://evil.example"></iframe><svg><script>alert(5)</script></svg>`,
    });
    expect(await tryImport(db, file([hostile]))).toBeNull();
    const stored = (await snapshot(db)).find((a) => a.url === 'https://imported.example/a')!;
    expect(stored.html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<svg/i);
    expect(stored.html).toContain('Body');
    // Text fields stay the user's text: shown as text, they run nothing; the body shows no script either.
    expect(stored.title).toBe(script);
    expect(storedHtmlToFragment(stored.html).querySelectorAll('script, iframe, [onclick]')).toHaveLength(0);
  });

  it('pollutes no prototype and keeps no unknown key', async () => {
    const db = await userLibrary();
    const text = file([goodArticle()]).replace(
      '"id":',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":"x","id":',
    );
    const parsed = parseLibraryExport(text.replace('"format"', '"__proto__":{"isAdmin":true},"format"'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.keys(parsed[0]!)).not.toContain('extra');
    expect(Object.getPrototypeOf(parsed[0])).toBe(Object.prototype);
    await importArticles(db, parsed);
    const stored = (await snapshot(db)).find((a) => a.url === 'https://imported.example/a')!;
    expect(Object.keys(stored)).not.toContain('extra');
    expect(Object.prototype.hasOwnProperty.call(stored, '__proto__')).toBe(false);
  });

  it('keeps two articles that share an id apart, and leaves the user’s article of that id alone', async () => {
    const db = await userLibrary();
    const [mine] = await snapshot(db);
    const twin = (id: string, host: string, title: string) =>
      goodArticle({ id, url: `https://${host}/a`, canonicalUrl: `https://${host}/a`, title });
    const twins = [
      twin('shared', 'one.example', 'One'),
      twin('shared', 'two.example', 'Zebra'),
      twin(mine!.id, 'three.example', 'Three'),
    ];
    expect(await importArticles(db, parseLibraryExport(file(twins)))).toEqual({ added: 3, updated: 0 });
    const all = await snapshot(db);
    expect(all.map((a) => a.title).sort()).toEqual(['One', 'The harbour bridge reopens', 'Three', 'Zebra']);
    expect(new Set(all.map((a) => a.id)).size).toBe(4);
    expect(all.find((a) => a.id === mine!.id)).toEqual(mine);
    expect((await searchArticles(db, 'zebra')).map((a) => a.article.title)).toEqual(['Zebra']);
  });

  it('gives an article whose id is more than letters, digits, - and _ a new id, keeping the article', async () => {
    const db = await userLibrary();
    const odd = ['x/../../a', 'x\\..\\b', 'two words', 'café', '..'];
    const articles = odd.map((id, i) =>
      goodArticle({
        id,
        url: `https://odd.example/${i}`,
        canonicalUrl: `https://odd.example/${i}`,
        title: id,
      }),
    );
    articles.push(goodArticle({ id: 'plain_ID-1' }));
    expect(await importArticles(db, parseLibraryExport(file(articles)))).toEqual({ added: 6, updated: 0 });
    const all = await snapshot(db);
    expect(all.map((a) => a.title).sort()).toEqual([...odd, 'Imported story', payload().title].sort());
    for (const { id } of all) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(all.find((a) => a.title === 'Imported story')?.id).toBe('plain_ID-1');
  });

  it('changes nothing when the write itself fails half-way', async () => {
    const db = await userLibrary();
    const before = await snapshot(db);
    const update = goodArticle({
      url: payload().url,
      canonicalUrl: payload().canonicalUrl,
      title: 'Replaced',
      updatedAt: 9000,
    });
    const spy = vi.spyOn(db.searchIndex, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(importArticles(db, parseLibraryExport(file([update, goodArticle()])))).rejects.toThrow();
    spy.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });
});
