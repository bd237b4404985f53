import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { declutter } from '../../core/declutter';
import { extractArticle } from '../../core/extract';
import { handleMessages, isFromExtension, type ContentProtocol } from '../../core/messaging';
import { createReaderSession } from '../../core/reader/session';
import { saveViewState } from '../../core/reader/view-state';
import { mountOverlay } from './overlay-ui';
import { showNotice } from './notice-ui';

const isOwnHost = (el: Element): boolean => el.tagName.startsWith('LECTERN-');

/** Wires the reader session to this page and to the background's messages. */
export function startReader(ctx: ContentScriptContext): void {
  const session = createReaderSession({
    extract: () => {
      // Some documents (PDF viewer, XML, SVG) have nothing a reader can show.
      if (document.contentType && !/html/i.test(document.contentType)) {
        return { ok: false, reason: 'unsupported-document' };
      }
      return extractArticle(document);
    },
    declutter: (region) => declutter(document, region, { skip: isOwnHost }),
    showOverlay: (article, requestClose) => mountOverlay(ctx, article, requestClose),
    showNotice: (reason) => showNotice(ctx, reason),
    saveViewState: () => saveViewState(document),
  });

  const stopHandling = handleMessages<ContentProtocol>(
    { toggleReader: () => session.toggle() },
    isFromExtension,
  );
  ctx.onInvalidated(() => {
    // A newer copy of the extension took over: leave the page as it was.
    stopHandling();
    void session.close();
  });
}
