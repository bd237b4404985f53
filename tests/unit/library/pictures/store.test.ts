import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../../core/library/db';
import { removeArticle, restoreArticle, saveArticle } from '../../../../core/library/library';
import { gatherPictures } from '../../../../core/library/pictures/gather';
import type { PictureLimits } from '../../../../core/library/pictures/limits';
import { readPictures, storePictures } from '../../../../core/library/pictures/store';
import { payload } from '../make-article';
import { openTestLibrary } from '../open-db';
import { bytes, fakeSource, LIMITS } from './fake-pictures';

let db: LibraryDb;
afterEach(() => db?.close());

const PICS = 'https://pictures.example';

async function saved(url: string): Promise<string> {
  const result = await saveArticle(db, payload({ url }));
  if (!result.ok) throw new Error('save failed');
  return result.id;
}

async function keep(
  id: string,
  addresses: string[],
  source: ReturnType<typeof fakeSource>['source'],
  limits: PictureLimits = LIMITS,
) {
  return storePictures(db, id, await gatherPictures(db, addresses, source, limits), limits);
}

const reasons = (record: Awaited<ReturnType<typeof keep>>) =>
  record?.refs.map((ref) => ('hash' in ref ? 'kept' : ref.leftOut));

describe('pictures kept with saved articles', () => {
  it('stores each picture shrunk, once per content, and finds it for the saved copy', async () => {
    ({ db } = openTestLibrary());
    const id = await saved('https://news.example/a');
    const { source } = fakeSource({
      [`${PICS}/a.png`]: bytes('a', 40),
      // The same picture under another address (a CDN's second name): stored once.
      [`${PICS}/a-copy.png`]: bytes('a', 40),
      [`${PICS}/b.png`]: bytes('b', 40),
    });
    const record = await keep(id, [`${PICS}/a.png`, `${PICS}/a-copy.png`, `${PICS}/b.png`], source);
    expect(reasons(record)).toEqual(['kept', 'kept', 'kept']);
    expect(await db.pictures.count()).toBe(2);
    const { blobs } = await readPictures(db, id);
    const [a, copy] = record!.refs as Array<{ hash: string }>;
    expect(a!.hash).toBe(copy!.hash);
    expect(Array.from(blobs.keys()).sort()).toEqual(
      Array.from(new Set(record!.refs.map((r) => 'hash' in r && r.hash))).sort(),
    );
    // Stored as shrunk: half the bytes the site sent.
    expect((await db.pictures.get(a!.hash))!.bytes).toBe(20);
  });

  it('shares a picture between articles, and frees it only when the last one is deleted', async () => {
    ({ db } = openTestLibrary());
    const first = await saved('https://news.example/a');
    const second = await saved('https://news.example/b');
    const { source, fetched } = fakeSource({ [`${PICS}/shared.png`]: bytes('shared') });
    await keep(first, [`${PICS}/shared.png`], source);
    await keep(second, [`${PICS}/shared.png`], source);
    expect(fetched).toHaveLength(2);
    expect((await db.pictures.toArray()).map((p) => p.articleIds)).toEqual([[first, second]]);

    const removed = await removeArticle(db, first);
    expect((await db.pictures.toArray()).map((p) => p.articleIds)).toEqual([[second]]);
    await removeArticle(db, second);
    expect(await db.pictures.count()).toBe(0);
    expect(await db.articlePictures.count()).toBe(0);

    // Undo puts the picture back with its article.
    await restoreArticle(db, removed!);
    const { record, blobs } = await readPictures(db, first);
    expect(reasons(record)).toEqual(['kept']);
    expect(blobs.size).toBe(1);
    expect((await db.pictures.toArray()).map((p) => p.articleIds)).toEqual([[first]]);
  });

  it('leaves out pictures of sites without access (not fetched), and those that failed, with the reason', async () => {
    ({ db } = openTestLibrary());
    const id = await saved('https://news.example/a');
    const { source, fetched } = fakeSource(
      { [`${PICS}/a.png`]: bytes('a'), [`${PICS}/page.html`]: 'not-image' },
      ['tracker.example'],
    );
    const record = await keep(
      id,
      ['https://tracker.example/pixel.gif', `${PICS}/a.png`, `${PICS}/gone.png`, `${PICS}/page.html`],
      source,
    );
    expect(reasons(record)).toEqual(['no-access', 'kept', 'failed', 'not-image']);
    expect(fetched).not.toContain('https://tracker.example/pixel.gif');
  });

  it('keeps at most an article’s count (the rest not fetched) and bytes, and the library’s total', async () => {
    ({ db } = openTestLibrary());
    const id = await saved('https://news.example/a');
    const files = Object.fromEntries(
      ['a', 'b', 'c', 'd'].map((name) => [`${PICS}/${name}.png`, bytes(name, 200)]),
    );
    const { source, fetched } = fakeSource(files);
    const addresses = Object.keys(files);

    const counted = await keep(id, addresses, source, { ...LIMITS, perArticle: 2 });
    expect(reasons(counted)).toEqual(['kept', 'kept', 'article-cap', 'article-cap']);
    expect(fetched).toHaveLength(2);

    // Each stored picture is 100 bytes (shrunk to half): an article's 250 hold two.
    const sized = await keep(id, addresses, source, { ...LIMITS, articleBytes: 250 });
    expect(reasons(sized)).toEqual(['kept', 'kept', 'too-large', 'too-large']);

    const other = await saved('https://news.example/b');
    const full = await keep(
      other,
      [`${PICS}/e.png`, `${PICS}/a.png`],
      fakeSource({
        [`${PICS}/e.png`]: bytes('e', 200),
        [`${PICS}/a.png`]: bytes('a', 200),
      }).source,
      { ...LIMITS, libraryBytes: 250 },
    );
    // The library holds a and b (200 bytes): e would pass the total; a is stored already and costs nothing.
    expect(reasons(full)).toEqual(['library-cap', 'kept']);
  });

  it('a save of the same page again releases the pictures it no longer shows', async () => {
    ({ db } = openTestLibrary());
    const id = await saved('https://news.example/a');
    const { source } = fakeSource({ [`${PICS}/old.png`]: bytes('old'), [`${PICS}/new.png`]: bytes('new') });
    await keep(id, [`${PICS}/old.png`], source);
    await keep(id, [`${PICS}/new.png`], source);
    const { record, blobs } = await readPictures(db, id);
    expect(record!.refs.map((ref) => ref.src)).toEqual([`${PICS}/new.png`]);
    expect(blobs.size).toBe(1);
    expect(await db.pictures.count()).toBe(1);
  });

  it('stores nothing for an article deleted while its pictures were fetched', async () => {
    ({ db } = openTestLibrary());
    const id = await saved('https://news.example/a');
    const { source } = fakeSource({ [`${PICS}/a.png`]: bytes('a') });
    const gathered = await gatherPictures(db, [`${PICS}/a.png`], source, LIMITS);
    await removeArticle(db, id);
    expect(await storePictures(db, id, gathered, LIMITS)).toBeUndefined();
    expect(await db.pictures.count()).toBe(0);
  });
});
