import type { LibraryDb } from './db';
import { getArticle, putArticles } from './library';
import type { KeptBody, SavedArticle } from './record';

/**
 * Makes a version of the body that sync kept (a conflict's other side) the article's body. The body it
 * replaces is kept in its place, so nothing is lost and the user can go back; the edit time moves, so the
 * choice syncs and wins over the older body on the other computers (the newest body wins, merge.ts).
 * Returns the article as it is now, or undefined when the article or that version is not there.
 */
export async function makeKeptVersionCurrent(
  db: LibraryDb,
  id: string,
  bodyAt: number,
  now = Date.now(),
): Promise<SavedArticle | undefined> {
  return db.transaction('rw', [db.articles, db.bodies, db.searchIndex, db.highlights], async () => {
    const article = await getArticle(db, id);
    const chosen = article?.revisions?.find((revision) => revision.bodyAt === bodyAt);
    if (!article || !chosen) return undefined;
    // The body shown until now was current up to this moment; its own save time is not kept locally.
    const replaced: KeptBody = { html: article.html, text: article.text, bodyAt: article.updatedAt };
    const revisions = [replaced, ...article.revisions!.filter((revision) => revision !== chosen)]
      .filter((revision) => revision.html !== chosen.html)
      .sort((a, b) => b.bodyAt - a.bodyAt);
    const next: SavedArticle = {
      ...article,
      html: chosen.html,
      text: chosen.text,
      revisions,
      updatedAt: now,
    };
    await putArticles(db, [next]);
    return next;
  });
}
