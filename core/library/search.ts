import type { LibraryDb } from './db';
import { matchesFilter, type ListQuery } from './library';
import type { ArticleSummary } from './record';
import { tokenize } from './words';

/**
 * Full-text search over titles and bodies through the multi-entry word index: each typed word must occur
 * in the article; the last one is matched as a prefix, so results follow the user as they type.
 */
export async function searchArticles(
  db: LibraryDb,
  text: string,
  query: ListQuery = {},
): Promise<ArticleSummary[]> {
  const terms = Array.from(new Set(tokenize(text)));
  if (terms.length === 0) return [];
  const typing = /[\p{L}\p{N}]$/u.test(text) ? terms[terms.length - 1] : undefined;
  let ids: Set<string> | null = null;
  // Exact words first: they are the most selective lookups, and an empty set ends the search early.
  const ordered = [...terms.filter((t) => t !== typing), ...(typing ? [typing] : [])];
  for (const term of ordered) {
    const index = db.words.where('words');
    const keys = await (
      term === typing && term.length > 1 ? index.startsWith(term) : index.equals(term)
    ).primaryKeys();
    const found = new Set(keys as string[]);
    ids = ids === null ? found : new Set(Array.from(ids as Set<string>).filter((id) => found.has(id)));
    if (ids.size === 0) return [];
  }
  // Ids sort by save time, so the newest matches are fetched first, a page at a time, until the page is
  // full: a common word costs one pass over its ids, not a read of every matching article.
  const newestFirst = Array.from(ids ?? [])
    .sort()
    .reverse();
  const limit = query.limit ?? 50;
  const found: ArticleSummary[] = [];
  for (let at = 0; at < newestFirst.length && found.length < limit; at += limit) {
    const summaries = await db.articles.bulkGet(newestFirst.slice(at, at + limit));
    for (const article of summaries) if (article && matchesFilter(article, query)) found.push(article);
  }
  return found.sort((a, b) => b.savedAt - a.savedAt).slice(0, limit);
}
