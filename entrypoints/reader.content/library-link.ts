import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SaveChannel, SaveChannelEvent } from '../../components/SaveButton';
import type { Article } from '../../core/extract';
import { canonicalHrefIn, canonicalUrlOf } from '../../core/library/canonical-url';
import { toPayload } from '../../core/library/payload';
import { closeHighlightFrames } from './highlight-link';
import { extractWithinLimits } from '../../core/reader/extract-within-limits';
import {
  handleMessages,
  isFromExtension,
  sendToBackground,
  type LibraryContentProtocol,
} from '../../core/messaging';

const listeners = new Set<(event: SaveChannelEvent) => void>();
const emit = (event: SaveChannelEvent) => listeners.forEach((listener) => listener(event));

export const pageCanonicalUrl = () => canonicalUrlOf(document.URL, canonicalHrefIn(document));

/** Tells the Save button the page was saved elsewhere (a first highlight saves it). */
export const announceSaved = (id: string) => emit({ type: 'saved', id });

/**
 * The reader's part in the reading list: extracts for a save started elsewhere (shortcut, menu, popup) and
 * passes on what the save popup did. Answers only Lectern's background.
 */
export function startLibraryLink(ctx: ContentScriptContext): void {
  const stop = handleMessages<LibraryContentProtocol>(
    {
      extractForSave: async () => {
        // The same limits as the reader: a save on a huge page must not freeze the tab either.
        const result = await extractWithinLimits(document);
        return result.ok
          ? { ok: true, article: toPayload(result.article, pageCanonicalUrl()) }
          : { ok: false, reason: result.reason };
      },
      savedStateChanged: ({ id }) => emit({ type: 'saved', id }),
      closeSavePopup: () => {
        emit({ type: 'close-popup' });
        closeHighlightFrames();
      },
    },
    isFromExtension,
  );
  ctx.onInvalidated(stop);
}

/** What the overlay's Save button needs, for the article it shows (as it is when saved). */
export function saveChannelFor(article: () => Article): SaveChannel {
  const canonicalUrl = pageCanonicalUrl();
  return {
    lookup: () => sendToBackground('lookupSaved', { canonicalUrl }),
    save: () => sendToBackground('saveArticle', toPayload(article(), canonicalUrl)),
    frameUrl: (id) => `${browser.runtime.getURL('/save-frame.html')}?id=${encodeURIComponent(id)}`,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
