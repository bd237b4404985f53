import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HighlightChannel, HighlightEvent } from '../../components/highlight-channel';
import type { Article } from '../../core/extract';
import { toPayload } from '../../core/library/payload';
import {
  handleMessages,
  isFromExtension,
  sendToBackground,
  type HighlightContentProtocol,
} from '../../core/messaging';
import { announceSaved, pageCanonicalUrl } from './library-link';

const listeners = new Set<(event: HighlightEvent) => void>();
const emit = (event: HighlightEvent) => listeners.forEach((listener) => listener(event));

/** Passes on what the framed highlight editor and list did (through the background only). */
export function startHighlightLink(ctx: ContentScriptContext): void {
  const stop = handleMessages<HighlightContentProtocol>(
    {
      highlightsChanged: () => emit({ type: 'changed' }),
      showHighlight: ({ id }) => emit({ type: 'show', id }),
    },
    isFromExtension,
  );
  ctx.onInvalidated(stop);
}

/** The close-popup event the save popup's Done and Escape send closes the highlight frames too. */
export const closeHighlightFrames = () => emit({ type: 'close-popup' });

const frame = (params: Record<string, string>) =>
  `${browser.runtime.getURL('/save-frame.html')}?${new URLSearchParams(params).toString()}`;

/** What the overlay's highlights need, for the article it shows. */
export function highlightChannelFor(article: Article): HighlightChannel {
  const canonicalUrl = pageCanonicalUrl();
  return {
    load: () => sendToBackground('getHighlightMarks', { canonicalUrl }),
    add: async (target, color) => {
      const result = await sendToBackground('addHighlight', {
        article: toPayload(article, canonicalUrl),
        target,
        color,
      });
      if (result.ok && result.savedNow) announceSaved(result.articleId);
      return result;
    },
    lookupArticle: () => sendToBackground('lookupSaved', { canonicalUrl }),
    editorUrl: (id, focusNote) => frame({ highlight: id, ...(focusNote ? { focus: 'note' } : {}) }),
    listUrl: (articleId, missing) => frame({ highlights: articleId, missing: missing.join(',') }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
