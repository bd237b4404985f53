import type { LibraryDb } from '../library/db';
import { newId, removeArticle } from '../library/library';
import type { ArticleSummary, SavedArticle } from '../library/record';
import {
  docIdOf,
  fromContent,
  isArticleDoc,
  localSignature,
  toContent,
  type ArticleContent,
  type ArticleDoc,
} from './article-doc';
import { byArticle, readLocals, writeLocals } from './local-articles';
import { mergeAll, mergeArticles } from './merge';
import type { LocalState, PouchLike } from './pouch';

/**
 * Keeps the library (Dexie) and the sync replica (a local PouchDB that PouchDB's replicator syncs with the
 * server) the same. The replicator moves documents and keeps its own checkpoints; this bridge moves
 * articles between the two local stores, remembering per article the revision both last agreed on, and
 * where it got to in the replica's changes feed, in a `_local` document (never replicated).
 */
export const STATE_ID = '_local/lectern-library';

/** Articles written to the replica per bulk request, and changes read per request. */
export const BATCH = 100;

export interface BridgeCounts {
  pushed: number;
  pulled: number;
  removed: number;
  merged: number;
}

const emptyCounts = (): BridgeCounts => ({ pushed: 0, pulled: 0, removed: 0, merged: 0 });

export async function readState(pouch: PouchLike): Promise<LocalState> {
  try {
    return await pouch.get<LocalState>(STATE_ID);
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    return { _id: STATE_ID, since: 0, entries: {} };
  }
}

async function writeState(pouch: PouchLike, state: LocalState): Promise<void> {
  const { rev } = await pouch.put(state);
  state._rev = rev;
}

/** The content of a document without CouchDB's own fields. */
function contentOf(doc: ArticleDoc): ArticleContent {
  const content: Partial<ArticleDoc> = { ...doc };
  delete content._id;
  delete content._rev;
  delete content._deleted;
  delete content._conflicts;
  return content as ArticleContent;
}

const sameContent = (a: ArticleContent, b: ArticleContent) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes what changed in the library since the last sync into the replica: new and edited articles, and
 * the removal of deleted ones. Reads every summary and highlight (not bodies) to find them.
 */
export async function pushLocalChanges(
  db: LibraryDb,
  pouch: PouchLike,
  state: LocalState,
  now = Date.now(),
): Promise<BridgeCounts> {
  const counts = emptyCounts();
  const [summaries, highlights] = await db.transaction('r', db.articles, db.highlights, () =>
    Promise.all([db.articles.toArray(), db.highlights.toArray()]),
  );
  const highlightsOf = byArticle(highlights);
  const present = new Set<string>();
  const changed: Array<{ summary: ArticleSummary; signature: string; docId: string }> = [];
  for (const summary of summaries) {
    const docId = docIdOf(summary.canonicalUrl);
    present.add(docId);
    const signature = localSignature(summary, highlightsOf.get(summary.id) ?? []);
    const entry = state.entries[docId];
    if (!entry || entry[0] !== summary.id || entry[1] !== signature)
      changed.push({ summary, signature, docId });
  }
  const gone = Object.keys(state.entries).filter((docId) => !present.has(docId));

  for (let start = 0; start < changed.length; start += BATCH) {
    const batch = changed.slice(start, start + BATCH);
    const ids = batch.map(({ summary }) => summary.id);
    const [bodies, { rows }] = await Promise.all([
      db.bodies.bulkGet(ids),
      pouch.allDocs({ keys: batch.map((c) => c.docId), include_docs: true }),
    ]);
    const docs = batch.map(({ summary, docId }, i) => {
      const previous = rows[i]?.doc ?? undefined;
      const article: SavedArticle = {
        ...summary,
        html: bodies[i]?.html ?? '',
        text: bodies[i]?.text ?? '',
        ...(bodies[i]?.revisions ? { revisions: bodies[i]!.revisions } : {}),
        highlights: highlightsOf.get(summary.id) ?? [],
      };
      const rev = rows[i]?.value?.rev;
      const before = previous && !previous._deleted ? contentOf(previous) : undefined;
      const mine = toContent(article, before, now);
      // The replica has a revision this device has not taken in yet: merge rather than write over it.
      const content = before && rev !== state.entries[docId]?.[2] ? mergeArticles(mine, before) : mine;
      return { ...content, _id: docId, ...(rev ? { _rev: rev } : {}) };
    });
    const results = await pouch.bulkDocs(docs);
    results.forEach((result, i) => {
      // A conflict here is a pull that landed in between: the next round merges it.
      if (!result.ok || !result.rev) return;
      const { summary, signature, docId } = batch[i]!;
      state.entries[docId] = [summary.id, signature, result.rev];
      counts.pushed++;
    });
    await writeState(pouch, state);
  }

  for (let start = 0; start < gone.length; start += BATCH) {
    const batch = gone.slice(start, start + BATCH);
    const { rows } = await pouch.allDocs({ keys: batch, include_docs: true });
    const removals = rows
      .filter((row) => row.value && !row.value.deleted)
      .map((row) => ({ _id: row.key, _rev: row.value!.rev, _deleted: true }));
    const results = removals.length ? await pouch.bulkDocs(removals) : [];
    const failed = new Set(results.filter((r) => !r.ok).map((r) => r.id));
    for (const docId of batch) {
      if (failed.has(docId)) continue;
      delete state.entries[docId];
      counts.removed++;
    }
    await writeState(pouch, state);
  }
  return counts;
}

/**
 * Resolves a document with conflicting revisions by the documented rules (merge.ts): the merged article is
 * written over the winning revision and the others are removed. When the merge is the winner as it is
 * (another device resolved the same conflict already), only the others are removed, so that two devices
 * resolving at once do not start a new conflict with each other.
 */
async function resolveConflict(pouch: PouchLike, doc: ArticleDoc): Promise<void> {
  const losers = doc._conflicts ?? [];
  const others = await Promise.all(losers.map((rev) => pouch.get<ArticleDoc>(doc._id, { rev })));
  const winner = contentOf(doc);
  const merged = mergeAll([winner, ...others.map(contentOf)]);
  const writes: object[] = losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }));
  if (!sameContent(merged, winner)) writes.unshift({ ...merged, _id: doc._id, _rev: doc._rev });
  await pouch.bulkDocs(writes);
}

/**
 * Takes a page of new or edited documents into the library: merged first with an article also changed
 * here since the last sync (the merge goes back to the replica), then written in one transaction.
 */
async function pullAll(
  db: LibraryDb,
  pouch: PouchLike,
  state: LocalState,
  docs: readonly ArticleDoc[],
  now: number,
  counts: BridgeCounts,
): Promise<void> {
  if (docs.length === 0) return;
  const incoming = docs.map(contentOf);
  const locals = await readLocals(
    db,
    docs.map((doc, i) => ({
      canonicalUrl: incoming[i]!.summary.canonicalUrl,
      id: state.entries[doc._id]?.[0],
    })),
  );
  const writes: Array<{ docId: string; article: SavedArticle; rev: string }> = [];
  for (const [i, doc] of docs.entries()) {
    const entry = state.entries[doc._id];
    const local = locals[i];
    const localId = local?.summary.id ?? newId(incoming[i]!.summary.savedAt);
    const unsynced = local && (!entry || entry[1] !== localSignature(local.summary, local.highlights));
    let content = incoming[i]!;
    let rev = doc._rev!;
    if (unsynced) {
      // Changed here and there since the last sync: the rules decide, and the merge goes back.
      content = mergeArticles(toContent(local.article, incoming[i], now), incoming[i]!);
      if (!sameContent(content, incoming[i]!)) {
        const written = await pouch.bulkDocs([{ ...content, _id: doc._id, _rev: doc._rev }]);
        if (!written[0]?.ok || !written[0].rev) continue;
        rev = written[0].rev;
        counts.merged++;
      }
    }
    writes.push({ docId: doc._id, article: fromContent(content, localId), rev });
  }
  const signatures = await writeLocals(
    db,
    writes.map((w) => w.article),
  );
  writes.forEach(({ docId, article, rev }, i) => {
    state.entries[docId] = [article.id, signatures[i]!, rev];
    counts.pulled++;
  });
}

/**
 * Brings the replica's changes since the last round into the library: new and edited articles, removals,
 * conflicts resolved. An article also changed here since the last sync is merged with the incoming one by
 * the same rules, and the merge goes back to the replica.
 */
export async function applyReplicaChanges(
  db: LibraryDb,
  pouch: PouchLike,
  state: LocalState,
  now = Date.now(),
): Promise<BridgeCounts> {
  const counts = emptyCounts();
  for (;;) {
    const { results, last_seq } = await pouch.changes({
      since: state.since,
      include_docs: true,
      conflicts: true,
      limit: BATCH,
    });
    if (results.length === 0) break;
    // New and edited articles are written to the library together; removals and conflicts one by one
    // (rare, and each its own decision). A document is in a page of changes once, so the order between
    // the two does not matter.
    const pulls: ArticleDoc[] = [];
    for (const { id, doc, deleted } of results) {
      if (!doc || !isArticleDoc(doc)) continue;
      const entry = state.entries[id];
      if (deleted) {
        const local = entry && (await readLocals(db, [{ canonicalUrl: '', id: entry[0] }]))[0];
        if (local && localSignature(local.summary, local.highlights) !== entry[1]) {
          // Deleted there, changed here since: the edit wins (as CouchDB's own rule has it) and goes back.
          delete state.entries[id];
        } else if (entry) {
          await removeArticle(db, entry[0]);
          delete state.entries[id];
          counts.removed++;
        }
        continue;
      }
      if (doc._conflicts?.length) {
        await resolveConflict(pouch, doc);
        counts.merged++;
        continue;
      }
      if (entry && entry[2] === doc._rev) continue;
      pulls.push(doc);
    }
    await pullAll(db, pouch, state, pulls, now, counts);
    state.since = last_seq;
    await writeState(pouch, state);
  }
  return counts;
}
