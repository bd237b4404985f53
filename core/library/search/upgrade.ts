import type { Transaction } from 'dexie';
import type { Highlight } from '../../annotate/highlight';
import type { ArticleBody, ArticleSummary } from '../record';
import { indexDocument } from './document';
import { buildSegment, type StoredSegment } from './segment';

const BATCH = 256;

/**
 * Schema version 4: the per-article word lists (an index entry per word and article) give way to the
 * packed search index, built here from every stored article, its tags, site and highlights. It runs in the
 * upgrade's one transaction: a browser closed half-way leaves the version 3 library exactly as it was, and
 * the upgrade runs again on the next open. Bodies are read a batch at a time, so a large library is never
 * in memory whole.
 */
export async function buildSearchIndex(tx: Transaction): Promise<void> {
  const summaries = new Map<string, ArticleSummary>();
  await tx.table<ArticleSummary, string>('articles').each((a) => void summaries.set(a.id, a));
  const highlights = new Map<string, Highlight[]>();
  await tx.table<Highlight, string>('highlights').each((h) => {
    const list = highlights.get(h.articleId);
    if (list) list.push(h);
    else highlights.set(h.articleId, [h]);
  });
  const bodies = tx.table<ArticleBody, string>('bodies');
  const index = tx.table<StoredSegment, number>('searchIndex');
  let last: string | null = null;
  for (;;) {
    const batch: ArticleBody[] = await (
      last === null ? bodies.orderBy(':id') : bodies.where(':id').above(last)
    )
      .limit(BATCH)
      .toArray();
    if (batch.length === 0) return;
    last = batch[batch.length - 1]!.id;
    const documents = batch.flatMap((body) => {
      const summary = summaries.get(body.id);
      return summary
        ? [indexDocument({ ...summary, text: body.text, highlights: highlights.get(body.id) })]
        : [];
    });
    if (documents.length) await index.add(buildSegment(documents));
  }
}
