import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../core/library/db';
import {
  exportLibrary,
  ImportError,
  importArticles,
  parseLibraryExport,
} from '../../../core/library/exchange';
import { listArticles, saveArticle, updateArticle } from '../../../core/library/library';
import { searchArticles } from '../../../core/library/search';
import { payload } from './make-article';
import { openTestLibrary } from './open-db';

const dbs: LibraryDb[] = [];
const fresh = () => {
  const { db } = openTestLibrary();
  dbs.push(db);
  return db;
};
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

async function seeded(): Promise<LibraryDb> {
  const db = fresh();
  const a = await saveArticle(db, payload({ lang: 'de', dir: 'ltr' }), 1000);
  await saveArticle(
    db,
    payload({ url: 'https://b.example/rtl', title: 'مرحبا', dir: 'rtl', text: 'نص' }),
    2000,
  );
  if (!a.ok) throw new Error('save failed');
  await updateArticle(db, a.id, { tags: ['city', 'trams'], read: 1, progress: 0.4 }, 3000);
  return db;
}

describe('JSON export and import', () => {
  it('round-trips the whole library losslessly into an empty one, search included', async () => {
    const source = await seeded();
    const file = JSON.stringify(await exportLibrary(source));
    const target = fresh();
    expect(await importArticles(target, parseLibraryExport(file))).toEqual({ added: 2, updated: 0 });
    expect((await exportLibrary(target)).articles).toEqual((await exportLibrary(source)).articles);
    expect((await searchArticles(target, 'trams')).map((a) => a.article.title)).toEqual([
      'The harbour bridge reopens',
    ]);
  });

  it('merges by canonical URL without duplicates: newer content wins, tags are united, ids stay', async () => {
    const db = await seeded();
    const [existing] = await listArticles(db, { tag: 'city' });
    const file = await exportLibrary(db);
    const incoming = file.articles.map((a) =>
      a.canonicalUrl === existing!.canonicalUrl
        ? { ...a, id: 'other-id', title: 'Renamed elsewhere', tags: ['ferries'], updatedAt: 9000 }
        : a,
    );
    expect(await importArticles(db, incoming)).toEqual({ added: 0, updated: 2 });
    const all = await listArticles(db, { filter: 'all' });
    expect(all).toHaveLength(2);
    const merged = all.find((a) => a.id === existing!.id);
    expect(merged).toMatchObject({ title: 'Renamed elsewhere', tags: ['city', 'trams', 'ferries'] });
  });

  it('keeps the library’s own version when the file’s is older', async () => {
    const db = await seeded();
    const file = await exportLibrary(db);
    const older = file.articles.map((a) => ({ ...a, title: 'Old title', updatedAt: 1 }));
    await importArticles(db, older);
    expect((await listArticles(db)).map((a) => a.title)).not.toContain('Old title');
  });

  it('rejects malformed files with a reason and without changing anything', async () => {
    const db = await seeded();
    const before = await exportLibrary(db, new Date(0));
    const good = before.articles[0]!;
    const reasons = [
      ['{not json', 'not-json'],
      ['{"format":"something-else","articles":[]}', 'not-lectern'],
      [JSON.stringify({ ...before, version: 2 }), 'newer-version'],
      [JSON.stringify({ ...before, articles: [good, { ...good, read: 'yes' }] }), 'bad-article:2:read'],
      [JSON.stringify({ ...before, articles: [{ ...good, tags: 'a,b' }] }), 'bad-article:1:tags'],
    ];
    for (const [file, reason] of reasons) {
      expect(() => parseLibraryExport(file!)).toThrowError(new ImportError(reason!));
    }
    expect(await exportLibrary(db, new Date(0))).toEqual(before);
  });
});
