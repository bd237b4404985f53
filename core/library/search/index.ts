import type { LibraryDb } from '../db';
import { matchesFilter, type ListQuery } from '../library';
import type { ArticleSummary } from '../record';
import { makeSnippet, type Snippet } from './snippet';
import { termsOf } from './terms';
import { allowedTypos, editDistance } from './typos';
import { indexView, type IndexView } from './view';

export interface SearchHit {
  article: ArticleSummary;
  score: number;
  snippet: Snippet | null;
}

/** BM25's usual constants: how soon more of a word stops counting, and how much length matters. */
const K1 = 1.2;
const B = 0.75;
/** A word found through a prefix or a typo counts for less than the word itself. */
const PREFIX_WEIGHT = 0.8;
const TYPO_WEIGHT = [1, 0.6, 0.4];
const MAX_EXPANSIONS = 50;
const PAGE = 50;

/** The index terms standing for one typed word: itself, and words it may be the start or a misspelling of. */
function expand(view: IndexView, word: string, typing: boolean): Map<string, number> {
  const terms = new Map<string, number>([[word, 1]]);
  const add = (term: string, weight: number) => {
    if (terms.size < MAX_EXPANSIONS && weight > (terms.get(term) ?? 0)) terms.set(term, weight);
  };
  const completions = typing ? view.withPrefix(word, MAX_EXPANSIONS) : [];
  for (const term of completions) add(term, PREFIX_WEIGHT);
  // A word the library holds (or, while typing, the start of one) is taken as meant: looking for typos is
  // for words found nowhere, and skipping it keeps the common search quick.
  const typos = allowedTypos(word);
  if (typos === 0 || view.has(word) || completions.length > 0) return terms;
  for (const term of view.typoCandidates(word)) {
    if (Math.abs(term.length - word.length) <= typos) {
      const distance = editDistance(word, term, typos);
      if (distance > 0 && distance <= typos) add(term, TYPO_WEIGHT[distance]!);
    }
    // As you type, a misspelt start of a longer word ("reciep" for "receipt"); the first letter is rarely
    // the wrong one, and requiring it keeps this quick.
    if (typing && term.length > word.length && term[0] === word[0]) {
      const distance = editDistance(word, term.slice(0, word.length), typos);
      if (distance > 0 && distance <= typos) add(term, TYPO_WEIGHT[distance]! * PREFIX_WEIGHT);
    }
  }
  return terms;
}

/** Each article's BM25 score for one typed word: its best among the word's terms. */
function scoreWord(view: IndexView, terms: Map<string, number>, found: Set<string>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [term, weight] of terms) {
    const postings: Array<[string, number, number]> = [];
    view.postings(term, (id, count, length) => postings.push([id, count, length]));
    if (postings.length === 0) continue;
    found.add(term);
    const idf = Math.log(1 + (view.documents - postings.length + 0.5) / (postings.length + 0.5));
    for (const [id, count, length] of postings) {
      const score =
        (weight * idf * count * (K1 + 1)) / (count + K1 * (1 - B + (B * length) / view.averageLength));
      if (score > (scores.get(id) ?? 0)) scores.set(id, score);
    }
  }
  return scores;
}

/** About what the list shows without scrolling: these come first, with their snippets. */
export const FIRST_SCREEN = 10;

/**
 * Full-text search over titles, bodies, tags, sites, highlights and notes, best match first (BM25, with
 * title and tags counting more than the body). Every typed word must match, as itself, as the start of a
 * word while it is being typed, or with a typo or two in longer words. Each hit carries a snippet of the
 * article's text with the matched words marked.
 *
 * The first screenful of hits is made first and handed to `shown` (when given) before the rest are read:
 * reading the articles' texts for the snippets is most of a search's time, and the rows below the fold can
 * wait for it.
 */
export async function searchArticles(
  db: LibraryDb,
  text: string,
  query: ListQuery = {},
  shown?: (first: SearchHit[]) => void,
): Promise<SearchHit[]> {
  const words = Array.from(new Set(termsOf(text).map((t) => t.term)));
  if (words.length === 0) return [];
  const typing = /[\p{L}\p{N}]$/u.test(text);
  const view = await indexView(db);
  const found = new Set<string>();
  let total: Map<string, number> | null = null;
  for (const [i, word] of words.entries()) {
    const scores = scoreWord(view, expand(view, word, typing && i === words.length - 1), found);
    if (total === null) total = scores;
    else {
      const next = new Map<string, number>();
      for (const [id, score] of scores) {
        const before = total.get(id);
        if (before !== undefined) next.set(id, before + score);
      }
      total = next;
    }
    if (total.size === 0) return [];
  }
  // Ids begin with the save time: among equal scores the newer article comes first.
  const ranked = Array.from(total ?? []).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1));
  const limit = query.limit ?? PAGE;
  const hits: SearchHit[] = [];
  let at = 0;
  /** Adds the next hits that pass the filters, up to `upTo`, with their snippets. */
  const fill = async (upTo: number) => {
    const start = hits.length;
    while (at < ranked.length && hits.length < upTo) {
      // Most hits pass the filters: read about as many as are wanted, and more only when some did not.
      const page = ranked.slice(at, at + Math.max(upTo - hits.length, 8));
      at += page.length;
      const summaries = await db.articles.bulkGet(page.map(([id]) => id));
      summaries.forEach((article, i) => {
        if (article && hits.length < upTo && matchesFilter(article, query)) {
          hits.push({ article, score: page[i]![1], snippet: null });
        }
      });
    }
    const added = hits.slice(start);
    const bodies = await db.bodies.bulkGet(added.map((h) => h.article.id));
    added.forEach((hit, i) => (hit.snippet = makeSnippet(bodies[i]?.text ?? '', found, words.length)));
  };
  await fill(Math.min(limit, FIRST_SCREEN));
  if (hits.length < limit && at < ranked.length) {
    shown?.(hits.slice());
    await fill(limit);
  }
  return hits;
}

/**
 * Reads the stored index into this page ahead of the first search (the list page does it once it has
 * drawn), so that the first word typed does not wait for it.
 */
export async function prepareSearch(db: LibraryDb): Promise<void> {
  await indexView(db);
}
