import type { Background } from '../security-data/snapshot';

export interface QueueRow {
  id: string;
  url: string;
  state: string;
  reason: string | null;
  status: number | null;
}

/** The fetch queue and the articles' canonical addresses, read straight from IndexedDB in the background. */
export function readImport(
  browser: Background,
): Promise<{ queue: QueueRow[]; urls: string[]; linkOnly: number }> {
  return browser.inBackground(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lectern-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as Array<Record<string, unknown>>);
        request.onerror = () => reject(request.error);
      });
    const [queue, articles] = await Promise.all([all('fetchQueue'), all('articles')]);
    db.close();
    return {
      queue: queue as unknown as QueueRow[],
      urls: articles.map((a) => a.canonicalUrl as string),
      linkOnly: articles.filter((a) => a.wordCount === 0).length,
    };
  }, null);
}

/** Polls `check` every half second for up to `ms`. */
export async function waitFor(check: () => Promise<boolean>, what: string, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}.`);
    await new Promise((done) => setTimeout(done, 500));
  }
}
