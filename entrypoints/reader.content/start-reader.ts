import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { declutterInSteps } from '../../core/declutter';
import { isHtmlDocument } from '../../core/html-document';
import {
  handleMessages,
  isFromExtension,
  type ContentProtocol,
  type TabFailure,
  type ToggleOutcome,
} from '../../core/messaging';
import { extractRegion, type ExtractResult } from '../../core/extract';
import { idleAfterNextPaint, nextTask } from '../../core/reader/next-task';
import { extractWithinLimits } from '../../core/reader/extract-within-limits';
import { createReaderSession } from '../../core/reader/session';
import { rememberedExtraction } from '../../core/reader/remembered-extraction';
import { saveViewState } from '../../core/reader/view-state';
import { startLibraryLink } from './library-link';
import { startHighlightLink } from './highlight-link';
import { mountOverlay } from './overlay-ui';
import { showNotice } from './notice-ui';
import { pickOnPage } from './picker-ui';
import { nextPagesOfThisPage } from './next-pages-loader';
import { ruleRegionOfThisPage, siteRuleChannelFor } from './site-rule-link';
import { watchAddress } from './watch-address';
import { readerSettings } from './reader-settings';

const isOwnHost = (el: Element): boolean => el.tagName.startsWith('LECTERN-');

export interface StartOptions {
  /**
   * Opened by the auto-open content script on a site the user chose: on a page with no article (the
   * site's front page) that first attempt stays silent rather than showing a notice on every visit.
   */
  autoOpen?: boolean;
  /** Injected by a click: open at once, and answer with the outcome (core/reader/open-on-start.ts). */
  openNow?: boolean;
}

/** The limit checks and extraction each run in a task of their own, so the tab draws in between. */
async function extractFromPage(): Promise<ExtractResult> {
  await nextTask();
  return extractWithinLimits(document, nextTask);
}

/**
 * Wires the reader session to this page and to the background's messages. With `openNow`, returns the
 * outcome of opening: it never rejects, since the background would take a rejected injection for a page
 * closed to extensions.
 */
export function startReader(
  ctx: ContentScriptContext,
  options: StartOptions = {},
): Promise<ToggleOutcome | TabFailure> | undefined {
  let quiet = options.autoOpen === true;
  const session = createReaderSession({
    // A second opening on an unchanged page shows the article read the first time.
    extract: rememberedExtraction(document, extractFromPage),
    loadSettings: readerSettings(ctx),
    declutter: async (region, { hideClutter }, signal) => {
      if (!hideClutter) return () => {};
      // The reader is on screen by now: the clutter beneath it, out of sight, is hidden once it has been
      // drawn, when the tab is idle.
      await idleAfterNextPaint();
      return declutterInSteps(document, region, { skip: isOwnHost, pause: nextTask, signal });
    },
    showOverlay: async (article, requestClose, settings, shown) => {
      const loading = new AbortController();
      const nextPages = nextPagesOfThisPage(loading.signal, shown.nextPage);
      const siteRule = siteRuleChannelFor(shown.region);
      const unmount = await mountOverlay(ctx, article, requestClose, settings, {
        ...shown,
        nextPages,
        siteRule,
      });
      // A single-page site that moves on to another address leaves the reader showing a page that is gone.
      const stopWatching = watchAddress(ctx, requestClose);
      return () => {
        loading.abort();
        stopWatching();
        unmount();
      };
    },
    showNotice: (reason, requestPick) => {
      // XML and SVG documents cannot hold the notice's element: the toolbar badge tells the user there.
      if (!quiet && isHtmlDocument(document)) void showNotice(ctx, reason, requestPick);
    },
    pick: (start, signal) => pickOnPage(ctx, start, signal),
    extractPicked: (el, before) => extractRegion(el, before),
    siteRule: ruleRegionOfThisPage,
    saveViewState: () => saveViewState(document),
  });

  const stopHandling = handleMessages<ContentProtocol>(
    { toggleReader: () => session.toggle() },
    isFromExtension,
  );
  if (quiet) void session.toggle().finally(() => (quiet = false));
  const opening = options.openNow ? session.toggle().catch(readerFailed) : undefined;
  startLibraryLink(ctx);
  startHighlightLink(ctx);
  ctx.onInvalidated(() => {
    // A newer copy of the extension took over: leave the page as it was.
    stopHandling();
    void session.close();
  });
  return opening;
}

function readerFailed(error: unknown): TabFailure {
  console.error('Lectern: the reader failed on this page.', error);
  return 'failed';
}
