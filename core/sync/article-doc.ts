import type { Highlight } from '../annotate/highlight';
import type { ArticleSummary, KeptBody, SavedArticle } from '../library/record';

/** A body the merge of two devices' edits replaced: kept in the document (and the library), never dropped. */
export type BodyRevision = KeptBody;

/** A highlight as it travels: the article it belongs to is the document it is in. */
export type SyncedHighlight = Omit<Highlight, 'articleId'>;

/** What one article is on the server: everything the device has of it, in one CouchDB document. */
export interface ArticleContent {
  type: 'article';
  /** The list fields, without the local id: each device keeps its own id for the same article. */
  summary: Omit<ArticleSummary, 'id'>;
  html: string;
  text: string;
  /** When this body was saved; the newer body wins a conflict (see merge.ts). */
  bodyAt: number;
  /** When the reading position last moved; the newer position wins a conflict. */
  progressAt: number;
  highlights: SyncedHighlight[];
  /** Older bodies a conflict replaced, newest first. */
  revisions: BodyRevision[];
}

export interface ArticleDoc extends ArticleContent {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

/** The most bodies a document keeps besides its own: enough to undo a merge, not a history. */
export const MAX_REVISIONS = 3;

/**
 * One document per canonical URL, so that the same page saved on two devices (each with its own local id)
 * is one article on the server. CouchDB ids may hold any character but may not start with `_`.
 */
export const docIdOf = (canonicalUrl: string) => `article:${canonicalUrl}`;

export const isArticleDoc = (doc: { _id: string }): boolean => doc._id.startsWith('article:');

/**
 * The document for a local article. `previous` is what the server had (the last document this device
 * wrote or read): its body and position times stay when they did not change, so that a device that only
 * added a tag does not claim to have the newest body.
 */
export function toContent(
  article: SavedArticle,
  previous: ArticleContent | undefined,
  now: number,
): ArticleContent {
  const { html, text, highlights = [], revisions, ...fields } = article;
  const summary: Omit<ArticleSummary, 'id'> & { id?: string } = fields;
  delete summary.id;
  const sameBody = previous !== undefined && previous.html === html;
  const sameProgress = previous !== undefined && previous.summary.progress === summary.progress;
  return {
    type: 'article',
    summary,
    html,
    text,
    bodyAt: sameBody ? previous.bodyAt : article.updatedAt,
    progressAt: sameProgress ? previous.progressAt : previous ? now : article.updatedAt,
    highlights: highlights.map(withoutArticle),
    // The library's own list when it has one: the user may have made a kept version the current one.
    revisions: revisions ?? previous?.revisions ?? [],
  };
}

/** The local article for a document, under this device's id for it. */
export function fromContent(content: ArticleContent, id: string): SavedArticle {
  return {
    ...content.summary,
    id,
    html: content.html,
    text: content.text,
    highlights: content.highlights.map((h) => ({ ...h, articleId: id })),
    ...(content.revisions.length ? { revisions: content.revisions } : {}),
  };
}

/**
 * What tells whether a local article changed since it was last synced: its edit time, reading position and
 * highlights. A tag, a title, a new body, read or archived all move `updatedAt`; a reading position does not.
 */
export function localSignature(summary: ArticleSummary, highlights: readonly Highlight[]): string {
  const latest = highlights.reduce((max, h) => Math.max(max, h.updatedAt), 0);
  const ids = highlights
    .map((h) => h.id)
    .sort()
    .join(',');
  return `${summary.updatedAt}|${summary.progress}|${highlights.length}|${latest}|${ids.length}:${hash(ids)}`;
}

/** A short, stable fingerprint of a string (FNV-1a): a signature needs to differ, not to be secret. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function withoutArticle(highlight: Highlight): SyncedHighlight {
  const synced: SyncedHighlight & { articleId?: string } = { ...highlight };
  delete synced.articleId;
  return synced;
}
