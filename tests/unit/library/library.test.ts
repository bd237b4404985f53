import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  allTags,
  getArticle,
  listArticles,
  removeArticle,
  restoreArticle,
  saveArticle,
  updateArticle,
} from '../../../core/library/library';
import { searchArticles } from '../../../core/library/search';
import type { LibraryDb } from '../../../core/library/db';
import { payload } from './make-article';
import { openTestLibrary } from './open-db';

let db: LibraryDb;
afterEach(() => db?.close());

describe('the library', () => {
  it('saves an article and lists it newest first', async () => {
    ({ db } = openTestLibrary());
    const first = await saveArticle(db, payload(), 1000);
    const second = await saveArticle(db, payload({ url: 'https://news.example/b', title: 'Second' }), 2000);
    expect(first).toMatchObject({ ok: true, created: true });
    expect(second).toMatchObject({ ok: true, created: true });
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['Second', 'The harbour bridge reopens']);
  });

  it('updates the entry of a page saved again instead of adding a second one, keeping tags and state', async () => {
    ({ db } = openTestLibrary());
    const first = await saveArticle(db, payload(), 1000);
    if (!first.ok) throw new Error('save failed');
    await updateArticle(db, first.id, { tags: ['city'], read: 1 });
    const again = await saveArticle(db, payload({ title: 'The harbour bridge reopens at last' }), 5000);
    expect(again).toEqual({ ok: true, id: first.id, created: false });
    const [only, ...rest] = await listArticles(db, { filter: 'all' });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ title: 'The harbour bridge reopens at last', tags: ['city'], read: 1 });
    expect(only).toMatchObject({ savedAt: 1000, updatedAt: 5000 });
  });

  it('lands both of two saves made at the same moment, and never duplicates one page saved twice at once', async () => {
    ({ db } = openTestLibrary());
    const results = await Promise.all([
      saveArticle(db, payload({ url: 'https://a.example/1' })),
      saveArticle(db, payload({ url: 'https://b.example/2' })),
      saveArticle(db, payload({ url: 'https://b.example/2' })),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await listArticles(db)).map((a) => a.url).sort()).toEqual([
      'https://a.example/1',
      'https://b.example/2',
    ]);
  });

  it('reports a closed database as a failed save and keeps nothing', async () => {
    ({ db } = openTestLibrary());
    db.close();
    expect(await saveArticle(db, payload())).toEqual({ ok: false, reason: 'unavailable' });
    await db.open();
    expect(await listArticles(db)).toEqual([]);
  });

  it('finds articles by words of the body and title, the last word as it is being typed', async () => {
    ({ db } = openTestLibrary());
    await saveArticle(db, payload(), 1);
    await saveArticle(
      db,
      payload({ url: 'https://x.example/c', title: 'Café opening', text: 'Crème brûlée' }),
      2,
    );
    const titles = async (q: string) => (await searchArticles(db, q)).map((a) => a.article.title);
    expect(await titles('trams')).toEqual(['The harbour bridge reopens']);
    expect(await titles('harb')).toEqual(['The harbour bridge reopens']);
    expect(await titles('BRIDGE repairs')).toEqual(['The harbour bridge reopens']);
    expect(await titles('cafe')).toEqual(['Café opening']);
    expect(await titles('creme brul')).toEqual(['Café opening']);
    expect(await titles('bridge cafe')).toEqual([]);
    expect(await titles('   ')).toEqual([]);
  });

  it('finds an article by its edited title', async () => {
    ({ db } = openTestLibrary());
    const saved = await saveArticle(db, payload());
    if (!saved.ok) throw new Error('save failed');
    await updateArticle(db, saved.id, { title: 'Trams over water' });
    expect((await searchArticles(db, 'water')).map((a) => a.article.id)).toEqual([saved.id]);
  });

  it('filters unread, archived and by tag; suggests the tags in use, most used first', async () => {
    ({ db } = openTestLibrary());
    const ids: string[] = [];
    for (const [i, tags] of [['a'], ['a', 'b'], []].entries()) {
      const r = await saveArticle(db, payload({ url: `https://t.example/${i}`, title: `T${i}` }), i);
      if (!r.ok) throw new Error('save failed');
      ids.push(r.id);
      await updateArticle(db, r.id, { tags });
    }
    await updateArticle(db, ids[0]!, { read: 1 });
    await updateArticle(db, ids[2]!, { archived: 1 });
    const titles = async (q: Parameters<typeof listArticles>[1]) =>
      (await listArticles(db, q)).map((a) => a.title);
    expect(await titles({ filter: 'all' })).toEqual(['T1', 'T0']);
    expect(await titles({ filter: 'unread' })).toEqual(['T1']);
    expect(await titles({ filter: 'archived' })).toEqual(['T2']);
    expect(await titles({ tag: 'b' })).toEqual(['T1']);
    expect(await allTags(db)).toEqual(['a', 'b']);
  });

  it('puts a deleted article back exactly with Undo', async () => {
    ({ db } = openTestLibrary());
    const saved = await saveArticle(db, payload());
    if (!saved.ok) throw new Error('save failed');
    const before = await getArticle(db, saved.id);
    const removed = await removeArticle(db, saved.id);
    expect(await listArticles(db)).toEqual([]);
    expect(await searchArticles(db, 'trams')).toEqual([]);
    await restoreArticle(db, removed!);
    expect(await getArticle(db, saved.id)).toEqual(before);
    expect((await searchArticles(db, 'trams')).map((a) => a.article.id)).toEqual([saved.id]);
  });
});

describe('a save that cannot be written', () => {
  it('reports a full disk and leaves no half-written article behind', async () => {
    ({ db } = openTestLibrary());
    vi.spyOn(db.bodies, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    expect(await saveArticle(db, payload())).toEqual({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect(await listArticles(db, { filter: 'all' })).toEqual([]);
    expect(await searchArticles(db, 'trams')).toEqual([]);
  });

  it('keeps the old version whole when saving a new one fails at its last write', async () => {
    ({ db } = openTestLibrary());
    const first = await saveArticle(db, payload(), 1000);
    if (!first.ok) throw new Error('save failed');
    const old = await getArticle(db, first.id);
    vi.spyOn(db.searchIndex, 'add').mockRejectedValue(new Error('disk gone'));
    const next = payload({
      title: 'Ferries return',
      html: '<p>Ferries return.</p>',
      text: 'Ferries return.',
    });
    expect(await saveArticle(db, next, 2000)).toEqual({ ok: false, reason: 'unavailable' });
    vi.restoreAllMocks();
    expect(await getArticle(db, first.id)).toEqual(old);
    expect(await searchArticles(db, 'ferries')).toEqual([]);
    expect((await searchArticles(db, 'trams')).map((a) => a.article.id)).toEqual([first.id]);
  });
});

describe('search results', () => {
  it('come newest first and a page at a time, however many articles match', async () => {
    ({ db } = openTestLibrary());
    for (let i = 0; i < 7; i++)
      await saveArticle(db, payload({ url: `https://p.example/${i}`, title: `P${i}` }), 1000 + i);
    const page = await searchArticles(db, 'trams', { limit: 3 });
    expect(page.map((a) => a.article.title)).toEqual(['P6', 'P5', 'P4']);
  });
});
