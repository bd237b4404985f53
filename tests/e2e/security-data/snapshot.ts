/** Whatever can run a function in Lectern's service worker (both e2e browsers can). */
export interface Background {
  inBackground<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface StoredRecord {
  summary: Record<string, unknown>;
  body: { html: string; text: string } | null;
  words: string[] | null;
}

/**
 * Everything the library holds, read straight from IndexedDB in the extension's own origin (the service
 * worker), not through Lectern's code: summary, body and word index of every record, by id.
 */
export function readLibrary(browser: Background): Promise<Record<string, StoredRecord>> {
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
    const [articles, bodies, words] = await Promise.all([all('articles'), all('bodies'), all('words')]);
    db.close();
    const records: Record<string, unknown> = {};
    for (const summary of articles) {
      const id = summary.id as string;
      const body = bodies.find((b) => b.id === id);
      const index = words.find((w) => w.id === id);
      records[id] = {
        summary,
        body: body ? { html: body.html, text: body.text } : null,
        words: index ? index.words : null,
      };
    }
    // Bodies or indexes without a summary would be debris of a half-written save.
    for (const orphan of [...bodies, ...words]) {
      const id = orphan.id as string;
      if (!(id in records)) records[id] = { summary: null, body: null, words: null };
    }
    return records as Record<string, StoredRecord>;
  }, null);
}

/** The settings and anything else in the extension's storage areas. */
export function readStorage(browser: Background): Promise<unknown> {
  return browser.inBackground(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: Record<'sync' | 'local', { get(k: null): Promise<object> }> };
    };
    return { sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) };
  }, null);
}

/** Changes a setting the way the options page does (the whole item in the sync area). */
export function setSetting(browser: Background, change: Record<string, unknown>): Promise<void> {
  return browser.inBackground(async (values) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: { sync: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } };
      };
    };
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...settings, ...values } });
  }, change);
}
