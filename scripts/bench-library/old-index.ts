import { Dexie, type Table } from 'dexie';
import { matchesFilter, type ListQuery } from '../../core/library/library';
import type { ArticleBody, ArticleSummary, SavedArticle } from '../../core/library/record';

/**
 * The word index Lectern had up to schema version 3, kept here only to be measured beside its successor in
 * the same run: one multi-entry index entry per distinct word and article, matched newest first, unranked.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MAX_WORD = 40;
const MAX_WORDS_PER_ARTICLE = 20_000;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) ?? []) {
    if (UNSPACED.test(run)) for (const char of run) tokens.push(char);
    else if (run.length <= MAX_WORD) tokens.push(run);
  }
  return tokens;
}

export function indexWords(title: string, text: string): string[] {
  const words = new Set<string>();
  for (const word of tokenize(title)) words.add(word);
  for (const word of tokenize(text)) {
    if (words.size >= MAX_WORDS_PER_ARTICLE) break;
    words.add(word);
  }
  return Array.from(words);
}

export class OldLibraryDb extends Dexie {
  articles!: Table<ArticleSummary, string>;
  bodies!: Table<ArticleBody, string>;
  words!: Table<{ id: string; words: string[] }, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      articles: 'id, &canonicalUrl, savedAt, *tags',
      bodies: 'id',
      words: 'id, *words',
    });
    this.version(2).stores({ highlights: 'id, articleId, createdAt' });
    this.version(3).stores({ fetchQueue: 'id, state, queuedAt' });
  }
}

export async function putOld(db: OldLibraryDb, articles: readonly SavedArticle[]): Promise<void> {
  await db.transaction('rw', db.articles, db.bodies, db.words, async () => {
    await db.articles.bulkPut(articles.map(({ html: _h, text: _t, highlights: _hl, ...summary }) => summary));
    await db.bodies.bulkPut(articles.map(({ id, html, text }) => ({ id, html, text })));
    await db.words.bulkPut(articles.map(({ id, title, text }) => ({ id, words: indexWords(title, text) })));
  });
}

export async function searchOld(
  db: OldLibraryDb,
  text: string,
  query: ListQuery = {},
): Promise<ArticleSummary[]> {
  const terms = Array.from(new Set(tokenize(text)));
  if (terms.length === 0) return [];
  const typing = /[\p{L}\p{N}]$/u.test(text) ? terms[terms.length - 1] : undefined;
  let ids: Set<string> | null = null;
  const ordered = [...terms.filter((t) => t !== typing), ...(typing ? [typing] : [])];
  for (const term of ordered) {
    const index = db.words.where('words');
    const keys = await (
      term === typing && term.length > 1 ? index.startsWith(term) : index.equals(term)
    ).primaryKeys();
    const found = new Set(keys);
    ids = ids === null ? found : new Set(Array.from(ids as Set<string>).filter((id) => found.has(id)));
    if (ids.size === 0) return [];
  }
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
