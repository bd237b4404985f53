import type { HighlightColor, HighlightMark } from '../core/annotate/highlight';
import type { HighlightTarget } from '../core/annotate/selectors';
import type { AddHighlightResult } from '../core/messaging';

export type HighlightEvent = { type: 'changed' } | { type: 'show'; id: string } | { type: 'close-popup' };

/** How the reader's highlights reach the library; the content script passes the real one, tests a fake. */
export interface HighlightChannel {
  /** Where this page's highlights are and their colours (never their notes). */
  load(): Promise<HighlightMark[]>;
  /** Highlights a passage; the page is saved first when it is not on the reading list. */
  add(target: HighlightTarget, color: HighlightColor): Promise<AddHighlightResult>;
  /** The framed editor of one highlight, or the list of the article's highlights (extension pages). */
  editorUrl(id: string, focusNote: boolean): string;
  listUrl(articleId: string, missing: readonly string[]): string;
  /** The article's id in the library, when it is saved. */
  lookupArticle(): Promise<string | null>;
  subscribe(listener: (event: HighlightEvent) => void): () => void;
}
