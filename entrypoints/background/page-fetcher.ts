import { browser, type Browser } from 'wxt/browser';
import { fetchPage } from '../../core/importers/fetch-page';
import type { FetchOutcome } from '../../core/importers/fetch-outcome';
import { sendToOffscreen } from '../../core/messaging';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

/** Chrome's one offscreen document, made when first needed (a second createDocument call throws). */
async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    documentUrls: [url],
  });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Reads the articles of imported links with the same extraction as the reader.',
    })
    .finally(() => (creating = null));
  await creating;
}

/**
 * Fetches and reads one link's page: in Chrome in the offscreen document (the service worker has no
 * DOMParser), in Firefox right here (its background page has a DOM).
 */
export async function fetchPageForImport(url: string): Promise<FetchOutcome> {
  if (import.meta.env.FIREFOX) return fetchPage(url, { fetch: (...args) => fetch(...args), win: window });
  await ensureOffscreen();
  return sendToOffscreen('fetchPageForImport', { url });
}

/** Closes Chrome's offscreen document when the queue has nothing left. */
export async function closeOffscreen(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
  });
  if (contexts.length > 0) await browser.offscreen.closeDocument();
}
