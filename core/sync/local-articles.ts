import type { Highlight } from '../annotate/highlight';
import type { LibraryDb } from '../library/db';
import { putArticles } from '../library/library';
import type { ArticleSummary, SavedArticle } from '../library/record';
import { localSignature } from './article-doc';

/** The library's side of the bridge (bridge.ts): reading and writing many articles in one transaction. */

export function byArticle(highlights: readonly Highlight[]): Map<string, Highlight[]> {
  const map = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const list = map.get(h.articleId);
    if (list) list.push(h);
    else map.set(h.articleId, [h]);
  }
  return map;
}

/**
 * Writes articles as the replica has them into the library, under this device's ids for them, in one
 * transaction (one per article made a second device's first sync of 10,000 articles take 61 s of bridge
 * time); returns each one's signature.
 */
export async function writeLocals(db: LibraryDb, articles: readonly SavedArticle[]): Promise<string[]> {
  return db.transaction('rw', [db.articles, db.bodies, db.searchIndex, db.highlights], async () => {
    const ids = articles.map((article) => article.id);
    const keep = new Set(articles.flatMap((article) => (article.highlights ?? []).map((h) => h.id)));
    const present = await db.highlights.where('articleId').anyOf(ids).primaryKeys();
    await db.highlights.bulkDelete(present.filter((id) => !keep.has(id)));
    await putArticles(db, articles);
    const summaries = await db.articles.bulkGet(ids);
    return articles.map((article, i) => localSignature(summaries[i]!, article.highlights ?? []));
  });
}

export type LocalArticle = { summary: ArticleSummary; highlights: Highlight[]; article: SavedArticle };

/**
 * The articles as this device has them now, with their highlights, in one transaction: by this device's
 * id when it has synced the article before, else by canonical URL.
 */
export async function readLocals(
  db: LibraryDb,
  wanted: ReadonlyArray<{ canonicalUrl: string; id: string | undefined }>,
): Promise<Array<LocalArticle | undefined>> {
  return db.transaction('r', [db.articles, db.bodies, db.highlights], async () => {
    const byId = await db.articles.bulkGet(wanted.map((w) => w.id ?? ''));
    const missing = wanted.filter((_, i) => !byId[i]).map((w) => w.canonicalUrl);
    const byUrl = new Map<string, ArticleSummary>();
    if (missing.length) {
      for (const summary of await db.articles.where('canonicalUrl').anyOf(missing).toArray())
        if (!byUrl.has(summary.canonicalUrl)) byUrl.set(summary.canonicalUrl, summary);
    }
    const summaries = wanted.map((w, i) => byId[i] ?? byUrl.get(w.canonicalUrl));
    const ids = summaries.flatMap((summary) => (summary ? [summary.id] : []));
    const [bodies, highlights] = await Promise.all([
      db.bodies.bulkGet(ids),
      db.highlights.where('articleId').anyOf(ids).toArray(),
    ]);
    const bodyOf = new Map(ids.map((id, i) => [id, bodies[i]]));
    const highlightsOf = byArticle(highlights);
    return summaries.map((summary) => {
      if (!summary) return undefined;
      const body = bodyOf.get(summary.id);
      const own = highlightsOf.get(summary.id) ?? [];
      return {
        summary,
        highlights: own,
        article: {
          ...summary,
          html: body?.html ?? '',
          text: body?.text ?? '',
          ...(body?.revisions ? { revisions: body.revisions } : {}),
          highlights: own,
        },
      };
    });
  });
}
