import type { LibraryDb } from '../db';
import { gensOf, removedGensOf, termsOf, type StoredSegment } from './segment';
import { readPostings } from './varint';

interface LoadedSegment {
  row: StoredSegment;
  terms: string[];
  /** 1 for each document entry that is the article's current one. */
  live: Uint8Array;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The search index as one page holds it in memory: its rows read once, and again only those written
 * since (a save in another context, a merge), with which entries are current and the figures BM25 needs.
 */
export class IndexView {
  private segments = new Map<number, LoadedSegment>();
  /** Every term in the index, sorted, for prefix and typo expansion. */
  vocabulary: string[] = [];
  /** The vocabulary by first character: typos are looked for among words that start alike. */
  private byInitial = new Map<string, string[]>();
  documents = 0;
  averageLength = 1;

  async refresh(db: LibraryDb): Promise<void> {
    await db.transaction('r', db.searchIndex, async () => {
      const keys = (await db.searchIndex.toCollection().primaryKeys()) as number[];
      const wanted = new Set(keys);
      const missing = keys.filter((key) => !this.segments.has(key));
      const gone = Array.from(this.segments.keys()).filter((key) => !wanted.has(key));
      if (missing.length === 0 && gone.length === 0) return;
      for (const key of gone) this.segments.delete(key);
      for (const row of await db.searchIndex.bulkGet(missing)) {
        if (row)
          this.segments.set(row.seq!, { row, terms: termsOf(row), live: new Uint8Array(row.ids.length) });
      }
      this.settle();
    });
  }

  /** Which entry of each article is current, and the library's document count and average length. */
  private settle(): void {
    const newest = new Map<string, number>();
    const removedAt = new Map<string, number>();
    const vocabulary = new Set<string>();
    for (const { row, terms } of this.segments.values()) {
      const gens = gensOf(row);
      row.ids.forEach((id, i) => newest.set(id, Math.max(newest.get(id) ?? -1, gens[i]!)));
      const removedGens = removedGensOf(row);
      row.removed.forEach((id, i) => removedAt.set(id, Math.max(removedAt.get(id) ?? -1, removedGens[i]!)));
      for (const term of terms) vocabulary.add(term);
    }
    let documents = 0;
    let total = 0;
    for (const { row, live } of this.segments.values()) {
      const gens = gensOf(row);
      row.ids.forEach((id, i) => {
        const current = gens[i] === newest.get(id) && gens[i]! > (removedAt.get(id) ?? -1);
        live[i] = current ? 1 : 0;
        if (current) {
          documents++;
          total += row.lengths[i]!;
        }
      });
    }
    this.documents = documents;
    this.averageLength = documents ? total / documents : 1;
    this.vocabulary = Array.from(vocabulary).sort(byCodeUnit);
    this.byInitial.clear();
    for (const term of this.vocabulary) {
      const initial = term[0]!;
      const list = this.byInitial.get(initial);
      if (list) list.push(term);
      else this.byInitial.set(initial, [term]);
    }
  }

  /**
   * Terms that may be `word` misspelt: those beginning with its first or second letter (a typo in the
   * first letter is rare, and swapping or dropping it leaves the second in front).
   */
  typoCandidates(word: string): string[] {
    const initials = new Set([word[0]!, word[1] ?? word[0]!]);
    return Array.from(initials).flatMap((c) => this.byInitial.get(c) ?? []);
  }

  has(term: string): boolean {
    return this.vocabulary[lowerBound(this.vocabulary, term)] === term;
  }

  /** Terms of the index that begin with `prefix`, shortest first. */
  withPrefix(prefix: string, limit: number): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.vocabulary, prefix); i < this.vocabulary.length; i++) {
      const term = this.vocabulary[i]!;
      if (!term.startsWith(prefix)) break;
      found.push(term);
    }
    return found.sort((a, b) => a.length - b.length).slice(0, limit);
  }

  /** Calls `visit` for each current article holding `term`, with its weighted count and length. */
  postings(term: string, visit: (id: string, count: number, length: number) => void): void {
    for (const { row, terms, live } of this.segments.values()) {
      const k = lowerBound(terms, term);
      if (terms[k] !== term) continue;
      readPostings(row.postings, row.offsets[k]!, row.offsets[k + 1]!, (doc, count) => {
        if (live[doc]) visit(row.ids[doc]!, count, row.lengths[doc]!);
      });
    }
  }
}

const views = new WeakMap<LibraryDb, IndexView>();

/** This page's view of a database's search index, brought up to date. */
export async function indexView(db: LibraryDb): Promise<IndexView> {
  let view = views.get(db);
  if (!view) views.set(db, (view = new IndexView()));
  await view.refresh(db);
  return view;
}
