import { readingStats } from '../extract/metrics';
import { toBlockText } from '../extract';
import type { ImportItem } from '../importers/import-item';
import { ARTICLE_FIELDS, firstBadField } from './article-fields';
import { canonicalUrlOf, httpUrl } from './canonical-url';
import type { LibraryDb } from './db';
import { queuedTask, type FetchTask } from './fetch-task';
import { fragmentToHtml, storedHtmlToFragment } from './html';
import { newId, normaliseTags, putArticles } from './library';
import type { SavedArticle } from './record';

export interface ItemsImportSummary {
  added: number;
  updated: number;
  /** Items left out, with the first few reasons: `<item number>: <field>` (`url` for a non-web address). */
  skipped: number;
  skippedExamples: string[];
  /** Links without content, queued to be fetched. */
  queued: number;
}

/** An item as a whole article: its HTML through the same sanitizer as every body, or a link only. */
function toArticle(item: ImportItem, now: number, win: Window): SavedArticle {
  const url = httpUrl(item.url)!;
  const fragment = item.html ? storedHtmlToFragment(item.html, win) : null;
  const text = fragment ? toBlockText(fragment) : '';
  const stats = text ? readingStats(text) : { wordCount: 0, readingMinutes: 0 };
  const savedAt = item.savedAt ?? now;
  return {
    id: newId(savedAt),
    url: url.href,
    canonicalUrl: canonicalUrlOf(url.href),
    title: item.title ?? url.href,
    byline: item.byline,
    siteName: null,
    publishedTime: item.publishedTime,
    excerpt: item.excerpt,
    lang: null,
    dir: null,
    ...stats,
    html: fragment ? fragmentToHtml(fragment, win.document) : '',
    text,
    savedAt,
    updatedAt: now,
    read: item.read,
    archived: item.archived,
    tags: normaliseTags(item.tags),
    progress: item.progress,
  };
}

/** A link without an article yet: imported without content, or its page not read so far. */
export const isLinkOnly = (article: { wordCount: number }) => article.wordCount === 0;

/**
 * Two editions of one article: the earlier save time, every tag of both, and the state of `kept` (what the
 * user already has), with the content of whichever has one.
 */
function merged(kept: SavedArticle, other: SavedArticle): SavedArticle {
  const content = isLinkOnly(kept) && !isLinkOnly(other) ? other : kept;
  return {
    ...kept,
    ...(content === other ? { html: other.html, text: other.text, wordCount: other.wordCount } : {}),
    readingMinutes: content.readingMinutes,
    savedAt: Math.min(kept.savedAt, other.savedAt),
    tags: normaliseTags([...kept.tags, ...other.tags]),
  };
}

/**
 * Imports another service's items into the library in one transaction: checked by the same field rules as
 * every save (an item that breaks one is skipped and counted, with its reason), merged by canonical URL
 * with each other and with what is there (see `merged`: what the user has keeps its state and progress),
 * never duplicated. Links without content are queued to be fetched.
 */
export async function importItems(
  db: LibraryDb,
  items: readonly ImportItem[],
  { now = Date.now(), win = window }: { now?: number; win?: Window } = {},
): Promise<ItemsImportSummary> {
  const byUrl = new Map<string, SavedArticle>();
  const skippedExamples: string[] = [];
  let skipped = 0;
  items.forEach((item, index) => {
    const article = httpUrl(item.url) ? toArticle(item, now, win) : null;
    const bad = article ? firstBadField({ ...article }, ARTICLE_FIELDS) : 'url';
    if (!article || bad) {
      skipped++;
      if (skippedExamples.length < 5) skippedExamples.push(`${index + 1}: ${bad}`);
      return;
    }
    const seen = byUrl.get(article.canonicalUrl);
    byUrl.set(article.canonicalUrl, seen ? merged(seen, article) : article);
  });
  return db.transaction(
    'rw',
    [db.articles, db.bodies, db.searchIndex, db.highlights, db.fetchQueue],
    async () => {
      const existing = await db.articles.where('canonicalUrl').anyOf(Array.from(byUrl.keys())).toArray();
      const bodies = await db.bodies.bulkGet(existing.map((a) => a.id));
      const writes: SavedArticle[] = [];
      existing.forEach((summary, i) => {
        const incoming = byUrl.get(summary.canonicalUrl)!;
        byUrl.delete(summary.canonicalUrl);
        const kept = { ...summary, html: bodies[i]?.html ?? '', text: bodies[i]?.text ?? '' };
        writes.push({ ...merged(kept, incoming), id: summary.id });
      });
      // A link already queued keeps its place; a failed one is tried again; a new one joins the queue (new
      // ids have no entry to look up).
      const known = writes.filter(isLinkOnly);
      const tasks = await db.fetchQueue.bulkGet(known.map((a) => a.id));
      const added = byUrl.size;
      writes.push(...byUrl.values());
      const linkOnly = writes.filter(isLinkOnly);
      const queue: FetchTask[] = [
        ...known.filter((_, i) => tasks[i]?.state !== 'queued'),
        ...Array.from(byUrl.values()).filter(isLinkOnly),
      ].map((a) => queuedTask(a.id, a.url, now));
      await putArticles(db, writes);
      await db.fetchQueue.bulkPut(queue);
      return {
        added,
        updated: existing.length,
        skipped,
        skippedExamples,
        queued: linkOnly.length,
      };
    },
  );
}
