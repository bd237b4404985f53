import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../core/library/db';
import { makeKeptVersionCurrent } from '../../../core/library/kept-versions';
import { getArticle, putArticles, saveArticle } from '../../../core/library/library';
import { searchArticles } from '../../../core/library/search';
import { fromContent, toContent, type ArticleContent } from '../../../core/sync/article-doc';
import { mergeArticles } from '../../../core/sync/merge';
import { payload } from '../library/make-article';
import { openTestLibrary } from '../library/open-db';

let db: LibraryDb;
afterEach(() => db?.close());

const OURS = { html: '<p>The tram line reopens in May.</p>', text: 'The tram line reopens in May.' };
const THEIRS = {
  html: '<p>The ferry keeps sailing all winter.</p>',
  text: 'The ferry keeps sailing all winter.',
};

/** An article as a merge left it: our body current, theirs kept as a revision. */
async function mergedArticle(): Promise<{ id: string; merged: ArticleContent }> {
  const saved = await saveArticle(db, payload(OURS), 1000);
  if (!saved.ok) throw new Error('save failed');
  const mine = toContent((await getArticle(db, saved.id))!, undefined, 1000);
  const other: ArticleContent = { ...mine, ...THEIRS, bodyAt: 500 };
  const merged = mergeArticles(mine, other);
  await db.transaction('rw', [db.articles, db.bodies, db.searchIndex, db.highlights], () =>
    putArticles(db, [fromContent(merged, saved.id)]),
  );
  return { id: saved.id, merged };
}

describe('a body version kept by a sync conflict', () => {
  it('reaches the library with the article, so the saved copy can show it', async () => {
    ({ db } = openTestLibrary());
    const { id, merged } = await mergedArticle();
    expect(merged.revisions).toEqual([{ ...THEIRS, bodyAt: 500 }]);
    const article = await getArticle(db, id);
    expect(article).toMatchObject({ html: OURS.html, revisions: [{ ...THEIRS, bodyAt: 500 }] });
  });

  it('made the current one: the body changes, the replaced one is kept, and search finds the new words', async () => {
    ({ db } = openTestLibrary());
    const { id } = await mergedArticle();
    const now = await makeKeptVersionCurrent(db, id, 500, 9000);
    expect(now).toMatchObject({ html: THEIRS.html, text: THEIRS.text, updatedAt: 9000 });
    const article = (await getArticle(db, id))!;
    expect(article.html).toBe(THEIRS.html);
    expect(article.revisions).toEqual([{ ...OURS, bodyAt: 1000 }]);
    expect((await searchArticles(db, 'ferry')).map((hit) => hit.article.id)).toEqual([id]);
    expect(await searchArticles(db, 'tram')).toEqual([]);
    expect(await makeKeptVersionCurrent(db, id, 12345, 9001)).toBeUndefined();
  });

  it('the choice syncs and wins: the other computer ends with the chosen body and keeps the old one', async () => {
    ({ db } = openTestLibrary());
    const { id, merged } = await mergedArticle();
    await makeKeptVersionCurrent(db, id, 500, 9000);
    const pushed = toContent((await getArticle(db, id))!, merged, 9500);
    expect(pushed).toMatchObject({ html: THEIRS.html, bodyAt: 9000 });
    expect(pushed.revisions.map((r) => r.html)).toEqual([OURS.html]);
    // The other computer still has the merge as it was; both resolve to the chosen body.
    for (const result of [mergeArticles(pushed, merged), mergeArticles(merged, pushed)]) {
      expect(result.html).toBe(THEIRS.html);
      expect(result.revisions.map((r) => r.html)).toEqual([OURS.html]);
    }
  });
});
