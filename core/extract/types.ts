import type { Confidence } from './confidence';
import type { NextPage } from './next-page';

/** What the reader shows: metadata plus the sanitized article body. */
export interface ArticleMeta {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 string as the page declares it, or null. */
  publishedTime: string | null;
  /**
   * When the page says the article changed on a later day than `publishedTime` (as the page declares it).
   * Absent otherwise, and in articles saved before it existed.
   */
  modifiedTime?: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
}

export interface Article extends ArticleMeta {
  /** Sanitized, normalised body. Insert a clone of it; never serialise it into innerHTML. */
  content: DocumentFragment;
}

/** Why there is nothing to show; the edges turn each into a notice or a badge. */
export type ExtractFailureReason = 'no-article' | 'too-large' | 'unsupported-document';

export type ExtractResult =
  | {
      ok: true;
      article: Article;
      /** The live page element holding the article, when it could be located. */
      region: Element | null;
      /** Whether the reader can be sure the article is whole; a picked region is always `high`. */
      confidence: Confidence;
      /**
       * The page's link to the article's next page, when extraction looked for one (the whole page's
       * extraction does, once, for its confidence and for the reader's "Load page 2 of N").
       */
      nextPage?: NextPage | null;
    }
  | { ok: false; reason: ExtractFailureReason };

export interface ExtractOptions {
  /** More elements than this and the page is declared too large (default 60,000). */
  maxElements?: number;
  /** Articles with less text than this are treated as no article (default 200 characters). */
  minTextLength?: number;
  /**
   * The window whose sanitizer makes the article's fragment, for a document parsed without one (a next
   * page fetched by the reader, a page fetched for an import); default the document's own.
   */
  window?: Window;
}
