import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../core/annotate/highlight';
import { targetAt } from '../../../core/annotate/selectors';
import type { LibraryDb } from '../../../core/library/db';
import { getArticle, putArticles, updateArticle } from '../../../core/library/library';
import type { SavedArticle } from '../../../core/library/record';
import { applyReplicaChanges, pushLocalChanges, readState } from '../../../core/sync/bridge';
import type { PouchLike } from '../../../core/sync/pouch';
import { openTestLibrary } from '../library/open-db';
import { payload } from '../library/make-article';

type Replica = PouchLike & { replicate: { to(other: unknown): Promise<unknown> }; destroy(): Promise<void> };
let MemoryPouch: new (name: string) => Replica;
let made = 0;

beforeAll(async () => {
  // The extension's PouchDB build; the replicas in memory, as in `npm run bench:sync`.
  Object.assign(globalThis, { IDBKeyRange });
  type PouchClass = { plugin(p: unknown): void; defaults(o: object): new (name: string) => Replica };
  const { default: PouchDB } = (await import('pouchdb-browser')) as unknown as { default: PouchClass };
  const { default: memory } = (await import('pouchdb-adapter-memory')) as { default: unknown };
  PouchDB.plugin(memory);
  MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
});

const open: Array<{ db: LibraryDb; replica: Replica }> = [];
afterEach(async () => {
  for (const { db, replica } of open.splice(0)) {
    db.close();
    await replica.destroy();
  }
});

function device() {
  const { db } = openTestLibrary();
  const replica = new MemoryPouch(`bridge-test-${made++}`);
  open.push({ db, replica });
  return { db, replica };
}

const T0 = Date.UTC(2026, 1, 1);
function article(i: number): SavedArticle {
  return {
    ...payload({
      url: `https://news.example/${i}`,
      title: `Article ${i}`,
      html: `<p>The body of article ${i}.</p>`,
      text: `The body of article ${i}.`,
    }),
    id: `${(T0 + i).toString(36)}-a${i}`,
    savedAt: T0 + i,
    updatedAt: T0 + i,
    read: 0,
    archived: 0,
    tags: [],
    progress: 0,
    highlights: [],
  };
}

const highlight = (articleId: string): Highlight => ({
  id: 'h-1',
  articleId,
  color: 'yellow',
  note: 'Check the date',
  createdAt: T0,
  updatedAt: T0,
  target: targetAt('The body of article 3.', 4, 21),
});

const write = (db: LibraryDb, articles: SavedArticle[]) =>
  db.transaction('rw', [db.articles, db.bodies, db.searchIndex, db.highlights], () =>
    putArticles(db, articles),
  );

async function titles(db: LibraryDb): Promise<string[]> {
  return (await db.articles.toArray())
    .map((a) => a.title)
    .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
}

describe('the bridge between the library and the replica', () => {
  it('takes a library of several pages of changes to a second device whole, highlights and notes included', async () => {
    const a = device();
    const b = device();
    const articles = Array.from({ length: 250 }, (_, i) => article(i));
    articles[3]!.highlights = [highlight(articles[3]!.id)];
    await write(a.db, articles);

    const stateA = await readState(a.replica);
    expect(await pushLocalChanges(a.db, a.replica, stateA)).toMatchObject({ pushed: 250 });
    await a.replica.replicate.to(b.replica);
    const stateB = await readState(b.replica);
    expect(await applyReplicaChanges(b.db, b.replica, stateB)).toMatchObject({ pulled: 250, merged: 0 });

    expect(await titles(b.db)).toEqual(articles.map((x) => x.title));
    const onB = (await b.db.articles.where('canonicalUrl').equals(articles[3]!.canonicalUrl).first())!;
    expect(await b.db.highlights.where('articleId').equals(onB.id).toArray()).toMatchObject([
      { id: 'h-1', note: 'Check the date', articleId: onB.id },
    ]);
    expect((await getArticle(b.db, onB.id))?.html).toBe(articles[3]!.html);
    // Nothing more to do on a second round: no change went unnoticed, none is taken twice.
    expect(await applyReplicaChanges(b.db, b.replica, stateB)).toMatchObject({ pulled: 0 });
    expect(await pushLocalChanges(b.db, b.replica, stateB)).toMatchObject({ pushed: 0 });
  });

  it('an article changed on both devices since they last agreed: the merge is written here and goes back', async () => {
    const a = device();
    const b = device();
    await write(a.db, [article(1), article(2)]);
    const stateA = await readState(a.replica);
    await pushLocalChanges(a.db, a.replica, stateA);
    await a.replica.replicate.to(b.replica);
    const stateB = await readState(b.replica);
    await applyReplicaChanges(b.db, b.replica, stateB);

    const onB = (await b.db.articles.where('canonicalUrl').equals(article(1).canonicalUrl).first())!;
    await updateArticle(b.db, onB.id, { tags: ['from-b'] }, T0 + 100);
    await pushLocalChanges(b.db, b.replica, stateB);
    await updateArticle(a.db, article(1).id, { tags: ['from-a'] }, T0 + 200);
    await b.replica.replicate.to(a.replica);

    const counts = await applyReplicaChanges(a.db, a.replica, stateA);
    expect(counts).toMatchObject({ pulled: 1, merged: 1 });
    expect((await a.db.articles.get(article(1).id))?.tags).toEqual(['from-a', 'from-b']);
    const doc = await a.replica.get<{ summary: { tags: string[] } }>(`article:${article(1).canonicalUrl}`);
    expect(doc.summary.tags).toEqual(['from-a', 'from-b']);
  });
});
