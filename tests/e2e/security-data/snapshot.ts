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
 * worker), not through Lectern's code: summary, body and the terms the search index holds for every
 * record (its current entry: the newest generation, unless a removal came later), by id.
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
    const [articles, bodies, segments] = await Promise.all([
      all('articles'),
      all('bodies'),
      all('searchIndex'),
    ]);
    db.close();
    // The packed index decoded by hand (see core/library/search/segment.ts for the layout).
    type Row = {
      seq: number;
      ids: string[];
      gens?: number[];
      removed: string[];
      removedGens?: number[];
      terms: string;
      offsets: Uint32Array;
      postings: Uint8Array;
    };
    const rows = segments as unknown as Row[];
    const newest = new Map<string, { gen: number; terms: string[] }>();
    const removedAt = new Map<string, number>();
    for (const row of rows) {
      row.removed.forEach((id, i) =>
        removedAt.set(id, Math.max(removedAt.get(id) ?? -1, row.removedGens?.[i] ?? row.seq)),
      );
      const terms = row.terms ? row.terms.split('\n') : [];
      const perDoc = row.ids.map(() => [] as string[]);
      terms.forEach((term, k) => {
        let at = row.offsets[k]!;
        let doc = -1;
        const next = () => {
          let value = 0;
          let shift = 0;
          let byte: number;
          do {
            byte = row.postings[at++]!;
            value += (byte & 0x7f) * 2 ** shift;
            shift += 7;
          } while (byte & 0x80);
          return value;
        };
        while (at < row.offsets[k + 1]!) {
          doc += next() + 1;
          next();
          perDoc[doc]!.push(term);
        }
      });
      row.ids.forEach((id, i) => {
        const gen = row.gens?.[i] ?? row.seq;
        if (gen > (newest.get(id)?.gen ?? -1)) newest.set(id, { gen, terms: perDoc[i]! });
      });
    }
    const words = Array.from(newest)
      .filter(([id, entry]) => entry.gen > (removedAt.get(id) ?? -1))
      .map(([id, entry]) => ({ id, words: entry.terms }));
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
