import { fetchPage } from '../../core/importers/fetch-page';
import { handleMessages, isFromExtension, type BackgroundToOffscreen } from '../../core/messaging';

/**
 * Chrome's service worker has no DOMParser: this hidden document fetches an imported link's page and reads
 * it with the reader's own extraction, for the background's import queue. It answers the background only.
 */
handleMessages<BackgroundToOffscreen>(
  {
    fetchPageForImport: ({ url }) => fetchPage(url, { fetch: (...args) => fetch(...args), win: window }),
  },
  isFromExtension,
);
