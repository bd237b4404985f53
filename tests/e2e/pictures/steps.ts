import type { CDPSession, Page } from 'playwright-core';
import type { LibraryBrowser } from '../chromium/library-browser';

export interface KeptRecord {
  id: string;
  refs: Array<{ src: string; hash?: string; leftOut?: string }>;
}

/** What the library holds of pictures, read in the background straight from IndexedDB. */
export function keptPictures(browser: LibraryBrowser): Promise<{ records: KeptRecord[]; stored: number }> {
  return browser.inBackground(
    () =>
      new Promise<{ records: KeptRecord[]; stored: number }>((done, fail) => {
        const open = indexedDB.open('lectern-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articlePictures', 'pictures'], 'readonly');
          const records = tx.objectStore('articlePictures').getAll();
          const stored = tx.objectStore('pictures').count();
          tx.oncomplete = () => {
            db.close();
            done({ records: records.result as KeptRecord[], stored: stored.result });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/** Every http(s) request a page sends, as the browser's network layer reports it (CDP Network events). */
export async function watchRequests(page: Page): Promise<{ urls: string[]; stop(): Promise<void> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const urls: string[] = [];
  session.on('Network.requestWillBeSent', ({ request }) => {
    if (/^https?:/i.test(request.url)) urls.push(request.url);
  });
  await session.send('Network.enable');
  return { urls, stop: () => session.detach() };
}

/** The article body's pictures: where each comes from and whether it has drawn. */
export function picturesShown(page: Page) {
  return page.locator('.article-body img').evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => ({
      alt: img.alt,
      src: img.getAttribute('src') ?? '',
      drawn: img.complete && img.naturalWidth > 0,
      width: img.naturalWidth,
    })),
  );
}
