import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { declutter } from '../../core/declutter';
import { extractArticle } from '../../core/extract';
import { handleMessages, isFromExtension, type ContentProtocol } from '../../core/messaging';
import { createReaderSession } from '../../core/reader/session';
import { loadSettings } from '../../core/settings/settings';
import { saveViewState } from '../../core/reader/view-state';
import { startLibraryLink } from './library-link';
import { mountOverlay } from './overlay-ui';
import { showNotice } from './notice-ui';

const isOwnHost = (el: Element): boolean => el.tagName.startsWith('LECTERN-');

export interface StartOptions {
  /**
   * Opened by the auto-open content script on a site the user chose: on a page with no article (the
   * site's front page) that first attempt stays silent rather than showing a notice on every visit.
   */
  autoOpen?: boolean;
}

/** Wires the reader session to this page and to the background's messages. */
export function startReader(ctx: ContentScriptContext, options: StartOptions = {}): void {
  let quiet = options.autoOpen === true;
  const session = createReaderSession({
    // extractArticle itself turns away documents a reader cannot show (PDF viewer, XML, SVG).
    extract: () => extractArticle(document),
    declutter: async (region) => {
      const { hideClutter } = await loadSettings();
      return hideClutter ? declutter(document, region, { skip: isOwnHost }) : () => {};
    },
    showOverlay: (article, requestClose) => mountOverlay(ctx, article, requestClose),
    showNotice: (reason) => {
      if (!quiet) void showNotice(ctx, reason);
    },
    saveViewState: () => saveViewState(document),
  });

  const stopHandling = handleMessages<ContentProtocol>(
    { toggleReader: () => session.toggle() },
    isFromExtension,
  );
  if (quiet) void session.toggle().finally(() => (quiet = false));
  startLibraryLink(ctx);
  ctx.onInvalidated(() => {
    // A newer copy of the extension took over: leave the page as it was.
    stopHandling();
    void session.close();
  });
}
