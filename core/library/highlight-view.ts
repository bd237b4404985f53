import type { Highlight, HighlightColor } from '../annotate/highlight';
import type { LibraryDb } from './db';
import { allHighlights } from './highlights';
import type { ArticleSummary } from './record';

/** The article a highlight belongs to, as the Highlights view shows it beside the quote. */
export type HighlightSource = Pick<ArticleSummary, 'id' | 'title' | 'siteName' | 'lang' | 'tags'>;

export interface HighlightRow {
  highlight: Highlight;
  article: HighlightSource;
}

/** Every highlight with its article, newest first; one whose article is gone is not listed. */
export async function highlightRows(db: LibraryDb): Promise<HighlightRow[]> {
  return db.transaction('r', db.highlights, db.articles, async () => {
    const highlights = await allHighlights(db);
    const ids = Array.from(new Set(highlights.map((h) => h.articleId)));
    const found = await db.articles.bulkGet(ids);
    const articles = new Map<string, HighlightSource>();
    found.forEach((a) => {
      if (a)
        articles.set(a.id, { id: a.id, title: a.title, siteName: a.siteName, lang: a.lang, tags: a.tags });
    });
    return highlights.flatMap((highlight) => {
      const article = articles.get(highlight.articleId);
      return article ? [{ highlight, article }] : [];
    });
  });
}

export interface HighlightFilter {
  /** Words that must each appear in the quote or the note. */
  text: string;
  color: HighlightColor | null;
  tag: string | null;
}

/**
 * Folds case and accents, so that "cafe" finds "Café" and "STRASSE" finds "Straße". The Highlights view's
 * own rule: it searches a few thousand short passages in memory, where the article search reads an index.
 */
export const foldForSearch = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/ß/g, 'ss');

/** The rows a search, a colour and a tag leave, in the order given. */
export function filterHighlightRows(rows: readonly HighlightRow[], filter: HighlightFilter): HighlightRow[] {
  const terms = foldForSearch(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter(({ highlight, article }) => {
    if (filter.color && highlight.color !== filter.color) return false;
    if (filter.tag && !article.tags.includes(filter.tag)) return false;
    if (terms.length === 0) return true;
    const haystack = foldForSearch(`${highlight.target.quote.exact}\n${highlight.note}`);
    return terms.every((term) => haystack.includes(term));
  });
}

/** The tags of the articles that have highlights, sorted, for the tag filter. */
export const tagsOfRows = (rows: readonly HighlightRow[]): string[] =>
  Array.from(new Set(rows.flatMap((row) => row.article.tags))).sort((a, b) => a.localeCompare(b));
