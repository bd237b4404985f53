import type { Highlight } from '../annotate/highlight';
import { MAX_NOTE } from '../annotate/highlight';
import { MAX_QUOTE, targetAt, type HighlightTarget } from '../annotate/selectors';
import { textMapOf } from '../annotate/text-map';
import { readingStats } from '../extract/metrics';
import { toBlockText } from '../extract';
import type { ImportedHighlight, ImportItem } from '../importers/import-item';
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
  /** Highlights added (a passage an article had highlighted already is not added again). */
  highlights: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a quote another service exported stands in the article's text (`text`: its text nodes joined, as the
 * reader anchors highlights), its white space matched loosely (a quote across two paragraphs has a line
 * break where the text has none). A quote not in the text (a link whose page is not fetched yet) keeps only
 * its words: the reader finds it once the page is read, or lists it as not found in this version.
 */
function importedTarget(text: string, quote: string): HighlightTarget {
  const words = quote.trim().split(/\s+/u).map(escapeRegExp);
  const found = text ? new RegExp(words.join('\\s*'), 'u').exec(text) : null;
  if (found && found[0].length <= MAX_QUOTE)
    return targetAt(text, found.index, found.index + found[0].length);
  const exact = words.length ? quote.trim().replace(/\s+/gu, ' ').slice(0, MAX_QUOTE) : '';
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
  };
}

function importedHighlights(
  found: readonly ImportedHighlight[],
  articleId: string,
  text: string,
  savedAt: number,
  now: number,
): Highlight[] {
  return found
    .filter((h) => h.quote.trim())
    .map((h) => ({
      id: newId(savedAt),
      articleId,
      target: importedTarget(text, h.quote),
      color: 'yellow',
      note: h.note.slice(0, MAX_NOTE),
      createdAt: savedAt,
      updatedAt: now,
    }));
}

/** Highlights of `incoming` whose passage is not among `kept`'s already (an export imported twice). */
function newHighlights(kept: readonly Highlight[], incoming: readonly Highlight[]): Highlight[] {
  const quotes = new Set(kept.map((h) => h.target.quote.exact));
  return incoming.filter((h) => !quotes.has(h.target.quote.exact) && quotes.add(h.target.quote.exact));
}

/** An item as a whole article: its HTML through the same sanitizer as every body, or a link only. */
function toArticle(item: ImportItem, now: number, win: Window): SavedArticle {
  const url = httpUrl(item.url)!;
  const fragment = item.html ? storedHtmlToFragment(item.html, win) : null;
  const text = fragment ? toBlockText(fragment) : '';
  const stats = text ? readingStats(text) : { wordCount: 0, readingMinutes: 0 };
  const savedAt = item.savedAt ?? now;
  const id = newId(savedAt);
  const highlights = importedHighlights(
    item.highlights,
    id,
    fragment && item.highlights.length ? textMapOf(fragment).text : '',
    savedAt,
    now,
  );
  return {
    ...(highlights.length ? { highlights } : {}),
    id,
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
    highlights: [...(kept.highlights ?? []), ...newHighlights(kept.highlights ?? [], other.highlights ?? [])],
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
      // Highlights already there stay as they are; only passages not highlighted yet are added.
      const marked = existing.some((a) => byUrl.get(a.canonicalUrl)!.highlights?.length)
        ? await db.highlights
            .where('articleId')
            .anyOf(existing.map((a) => a.id))
            .toArray()
        : [];
      const writes: SavedArticle[] = [];
      existing.forEach((summary, i) => {
        const incoming = byUrl.get(summary.canonicalUrl)!;
        byUrl.delete(summary.canonicalUrl);
        const kept = { ...summary, html: bodies[i]?.html ?? '', text: bodies[i]?.text ?? '' };
        const there = marked.filter((h) => h.articleId === summary.id);
        const highlights = newHighlights(there, incoming.highlights ?? []);
        writes.push({ ...merged(kept, { ...incoming, highlights: [] }), id: summary.id, highlights });
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
        highlights: writes.reduce((sum, a) => sum + (a.highlights?.length ?? 0), 0),
      };
    },
  );
}
