/**
 * `npm run bench:sync`
 *
 * The first sync of a 10,000-article library to a CouchDB-protocol server, and what one change costs after
 * it: the same bridge (core/sync/bridge.ts) and the same PouchDB build (pouchdb-browser) the extension runs,
 * here in Node, the library over fake-indexeddb and the replica in memory (Chromium's IndexedDB is slower
 * to write, so read the times as the sync's own work), against PouchDB Server in memory on 127.0.0.1. Then a second, empty device
 * takes the whole library from the server. Requests are counted at fetch, memory as the process's resident
 * size. The last line printed is one JSON object with every figure.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CouchServer } from '../tests/e2e/sync/couch-server';

const ARTICLES = Number(process.env.LECTERN_SYNC_ARTICLES ?? 10_000);

let requests = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = (...args: Parameters<typeof fetch>) => {
  requests++;
  return realFetch(...args);
};

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

async function main() {
  // PouchDB's idb adapter finds IndexedDB as a global, as it does in the extension.
  const idb = new IDBFactory();
  Object.assign(globalThis, { indexedDB: idb, IDBKeyRange, self: globalThis });
  type PouchClass = (new (name: string, options?: object) => unknown) & {
    plugin(plugin: unknown): void;
    defaults(options: object): PouchClass;
  };
  const { default: PouchDB } = (await import('pouchdb-browser')) as unknown as { default: PouchClass };
  // The replicas in memory (fake-indexeddb does not carry PouchDB's IndexedDB adapter); the server is
  // reached over HTTP as in the extension.
  const { default: memoryAdapter } = (await import('pouchdb-adapter-memory')) as { default: unknown };
  PouchDB.plugin(memoryAdapter);
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
  const { LibraryDb } = await import('../core/library/db');
  const { putArticles, updateArticle } = await import('../core/library/library');
  const { applyReplicaChanges, pushLocalChanges, readState } = await import('../core/sync/bridge');
  type Replica = import('../core/sync/pouch').PouchLike & {
    replicate: {
      to(remote: unknown, o: object): Promise<unknown>;
      from(remote: unknown, o: object): Promise<unknown>;
    };
  };

  const server = await CouchServer.start({ inMemory: true });
  process.on('exit', () => void server.halt());
  const origin = server.origin;
  await realFetch(`${origin}/lectern`, { method: 'PUT' });

  const db = new LibraryDb('lectern-library', { indexedDB: idb, IDBKeyRange });
  const paragraph = 'The harbour bridge carries trams again after two years of repairs and a long winter. ';
  const now = Date.UTC(2026, 0, 1);
  const seeded = Array.from({ length: ARTICLES }, (_, i) => {
    const text = paragraph.repeat(40) + `Article ${i}.`;
    return {
      id: `${(now + i).toString(36).padStart(9, '0')}-${i}`,
      url: `https://news.example/${i}`,
      canonicalUrl: `https://news.example/${i}`,
      title: `Article ${i}`,
      byline: null,
      siteName: 'Example News',
      publishedTime: null,
      excerpt: null,
      lang: 'en',
      dir: 'ltr' as const,
      wordCount: 600,
      readingMinutes: 3,
      savedAt: now + i,
      updatedAt: now + i,
      read: 0 as const,
      archived: 0 as const,
      tags: i % 3 === 0 ? ['city'] : [],
      progress: 0,
      html: `<p>${text}</p>`,
      text,
      highlights: [],
    };
  });
  for (let i = 0; i < seeded.length; i += 1000) {
    const batch = seeded.slice(i, i + 1000);
    await db.transaction('rw', [db.articles, db.bodies, db.searchIndex, db.highlights], () =>
      putArticles(db, batch),
    );
  }
  const bodyBytes = seeded.reduce((sum, a) => sum + a.html.length + a.text.length, 0);

  const replica = new MemoryPouch('lectern-sync') as Replica;
  const remote = new PouchDB(`${origin}/lectern`, { skip_setup: true });
  const options = { batch_size: 100 };

  const step = async (run: () => Promise<unknown>) => {
    const before = requests;
    const start = performance.now();
    await run();
    return { ms: performance.now() - start, requests: requests - before };
  };

  const rssBefore = process.memoryUsage().rss;
  peakRss = rssBefore;
  const state = await readState(replica);
  const firstBridge = await step(() => pushLocalChanges(db, replica, state));
  const firstUpload = await step(() => replica.replicate.to(remote, options));
  const firstPeakRss = peakRss;

  const target = seeded[Math.floor(ARTICLES / 2)]!;
  await updateArticle(db, target.id, { tags: ['changed'] });
  const oneBridge = await step(() => pushLocalChanges(db, replica, state));
  const oneUpload = await step(() => replica.replicate.to(remote, options));

  // A second device, empty, takes everything from the server.
  const db2 = new LibraryDb('lectern-library-2', { indexedDB: idb, IDBKeyRange });
  const replica2 = new MemoryPouch('lectern-sync-2') as Replica;
  const state2 = await readState(replica2);
  const secondDownload = await step(() => replica2.replicate.from(remote, options));
  const secondBridge = await step(() => applyReplicaChanges(db2, replica2, state2));
  const onSecond = await db2.articles.count();
  const changedOnSecond = (await db2.articles.where('canonicalUrl').equals(target.canonicalUrl).first())
    ?.tags;

  clearInterval(sampler);
  await server.close();

  const figures = {
    articles: ARTICLES,
    bodyMb: +(bodyBytes / 1e6).toFixed(1),
    firstSync: {
      ms: Math.round(firstBridge.ms + firstUpload.ms),
      bridgeMs: Math.round(firstBridge.ms),
      replicateMs: Math.round(firstUpload.ms),
      requests: firstBridge.requests + firstUpload.requests,
      peakRssMb: Math.round(firstPeakRss / 1e6),
      rssGrowthMb: Math.round((firstPeakRss - rssBefore) / 1e6),
    },
    oneChange: {
      ms: Math.round(oneBridge.ms + oneUpload.ms),
      bridgeMs: Math.round(oneBridge.ms),
      replicateMs: Math.round(oneUpload.ms),
      requests: oneBridge.requests + oneUpload.requests,
    },
    secondDevice: {
      ms: Math.round(secondDownload.ms + secondBridge.ms),
      replicateMs: Math.round(secondDownload.ms),
      bridgeMs: Math.round(secondBridge.ms),
      requests: secondDownload.requests + secondBridge.requests,
      articles: onSecond,
      changeArrived: JSON.stringify(changedOnSecond) === JSON.stringify(['changed']),
    },
  };
  const row = (what: string, ms: number, bridge: number, rep: number, req: number) =>
    `| ${what.padEnd(36)} | ${String(ms).padStart(8)} | ${String(bridge).padStart(9)} | ${String(rep).padStart(12)} | ${String(req).padStart(8)} |`;
  console.log(
    `Sync of ${ARTICLES} articles (${figures.bodyMb} MB of bodies) with PouchDB Server on 127.0.0.1`,
  );
  console.log('| step                                 | total ms | bridge ms | replicate ms | requests |');
  console.log('| ------------------------------------ | -------: | --------: | -----------: | -------: |');
  const f = figures;
  console.log(
    row(
      'first sync (upload)',
      f.firstSync.ms,
      f.firstSync.bridgeMs,
      f.firstSync.replicateMs,
      f.firstSync.requests,
    ),
  );
  console.log(
    row(
      'one change after it',
      f.oneChange.ms,
      f.oneChange.bridgeMs,
      f.oneChange.replicateMs,
      f.oneChange.requests,
    ),
  );
  console.log(
    row(
      'second device, first sync (download)',
      f.secondDevice.ms,
      f.secondDevice.bridgeMs,
      f.secondDevice.replicateMs,
      f.secondDevice.requests,
    ),
  );
  console.log(
    `peak resident memory during the first sync: ${f.firstSync.peakRssMb} MB (+${f.firstSync.rssGrowthMb} MB)`,
  );
  console.log(
    `second device: ${onSecond} articles, the changed tag arrived: ${f.secondDevice.changeArrived}`,
  );
  console.log(JSON.stringify(figures));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
