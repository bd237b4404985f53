import type { Highlight } from '../annotate/highlight';
import type { ArticleMeta } from '../extract';

/** The metadata the library keeps: the date of an update is shown in the reader only, not saved yet. */
type LibraryMeta = Omit<ArticleMeta, 'modifiedTime'>;

/**
 * One saved article as the library keeps it. The list fields live in `articles`; the body and the search
 * index live in their own tables so that listing and searching never read an article's HTML.
 */
export interface ArticleSummary extends LibraryMeta {
  id: string;
  canonicalUrl: string;
  /** Epoch milliseconds of the first save; the list is ordered by it, newest first. */
  savedAt: number;
  updatedAt: number;
  /** 0 or 1: IndexedDB cannot index booleans. */
  read: 0 | 1;
  archived: 0 | 1;
  tags: string[];
  /** How far the user has read, 0 to 1 of the article's scroll height. */
  progress: number;
}

export interface ArticleBody {
  id: string;
  /** Sanitized when saved and sanitized again whenever shown. */
  html: string;
  text: string;
  /** Other versions of the body that sync kept (see core/sync/merge.ts), newest first; absent when none. */
  revisions?: KeptBody[];
}

/** A version of an article's body that a sync conflict replaced: kept, never dropped. */
export interface KeptBody {
  html: string;
  text: string;
  /** When that body was saved, epoch ms. */
  bodyAt: number;
}

/**
 * A whole article, as exported and imported. `highlights` is there in exports, imports and what a removal
 * returns for Undo; reading one article for display leaves it out (the highlights have their own table).
 */
export type SavedArticle = ArticleSummary &
  Pick<ArticleBody, 'html' | 'text' | 'revisions'> & { highlights?: Highlight[] };

/** What the reader sends to be saved: the extracted article, serialised to plain data. */
export interface ArticlePayload extends LibraryMeta {
  canonicalUrl: string;
  html: string;
  text: string;
}

export type SaveFailure = 'quota' | 'unavailable' | 'invalid';
export type SaveResult = { ok: true; id: string; created: boolean } | { ok: false; reason: SaveFailure };
