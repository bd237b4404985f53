import type { IndexedDocument } from './document';
import { readPostings, VarintWriter } from './varint';

/**
 * One stored piece of the inverted index: the documents written together (one save, one import batch, or
 * a merge of earlier pieces) with, for each of their terms in sorted order, where its postings start in
 * one packed byte array. A whole library is a handful of these rows instead of one index entry per word
 * and article, which is what made the old word index twice the size of the articles.
 *
 * Every document entry has a generation: the `seq` of the row it was first written in. A later entry for
 * the same id (a re-save, new tags, a note) replaces it, and a removal is an entry in `removed`; merges
 * keep generations, so the order of rows never matters.
 */
export interface StoredSegment {
  seq?: number;
  /** ⌊log₈ documents⌋: rows of one tier are merged together once there are enough of them. */
  tier: number;
  ids: string[];
  /** Generations when merged; absent for a fresh row, whose documents all have its `seq`. */
  gens?: number[];
  lengths: Uint32Array;
  removed: string[];
  removedGens?: number[];
  /** The sorted terms, joined by newlines (no term holds one). */
  terms: string;
  /** Where each term's postings start in `postings`; one more entry for the end. */
  offsets: Uint32Array;
  postings: Uint8Array;
}

export const MERGE_FACTOR = 8;

export function tierOf(documents: number): number {
  return Math.floor(Math.log(Math.max(1, documents)) / Math.log(MERGE_FACTOR));
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Packs documents into a fresh row; `removed` are ids whose earlier entries no longer count. */
export function buildSegment(documents: IndexedDocument[], removed: string[] = []): StoredSegment {
  const byTerm = new Map<string, number[]>();
  documents.forEach(({ counts }, doc) => {
    for (const [term, count] of counts) {
      const list = byTerm.get(term);
      if (list) list.push(doc, count);
      else byTerm.set(term, [doc, count]);
    }
  });
  const terms = Array.from(byTerm.keys()).sort(byCodeUnit);
  const offsets = new Uint32Array(terms.length + 1);
  const writer = new VarintWriter();
  terms.forEach((term, k) => {
    offsets[k] = writer.length;
    const list = byTerm.get(term)!;
    let last = -1;
    for (let i = 0; i < list.length; i += 2) {
      writer.write(list[i]! - last - 1);
      writer.write(list[i + 1]!);
      last = list[i]!;
    }
  });
  offsets[terms.length] = writer.length;
  return {
    tier: tierOf(documents.length),
    ids: documents.map((d) => d.id),
    lengths: Uint32Array.from(documents, (d) => d.length),
    removed,
    terms: terms.join('\n'),
    offsets,
    postings: writer.finish(),
  };
}

export const gensOf = (row: StoredSegment): number[] => row.gens ?? row.ids.map(() => row.seq!);
export const removedGensOf = (row: StoredSegment): number[] =>
  row.removedGens ?? row.removed.map(() => row.seq!);
export const termsOf = (row: StoredSegment): string[] => (row.terms ? row.terms.split('\n') : []);

/**
 * Merges rows into one, leaving out the entries they themselves make void (an older version of an
 * article, a removed one). Entries made void by rows outside the merge stay, and still lose to those.
 */
export function mergeSegments(rows: StoredSegment[]): StoredSegment {
  const newest = new Map<string, number>();
  const removedAt = new Map<string, number>();
  for (const row of rows) {
    const gens = gensOf(row);
    row.ids.forEach((id, i) => newest.set(id, Math.max(newest.get(id) ?? -1, gens[i]!)));
    const removedGens = removedGensOf(row);
    row.removed.forEach((id, i) => removedAt.set(id, Math.max(removedAt.get(id) ?? -1, removedGens[i]!)));
  }
  const ids: string[] = [];
  const gens: number[] = [];
  const lengths: number[] = [];
  // For each row, its documents' numbers in the merged row (-1: left out).
  const renumber = rows.map((row) => {
    const rowGens = gensOf(row);
    return row.ids.map((id, i) => {
      const gen = rowGens[i]!;
      if (gen !== newest.get(id) || gen < (removedAt.get(id) ?? -1)) return -1;
      newest.set(id, Infinity); // the same entry twice (never written so, but harmless) counts once
      ids.push(id);
      gens.push(gen);
      lengths.push(row.lengths[i]!);
      return ids.length - 1;
    });
  });
  const rowTerms = rows.map(termsOf);
  const all = Array.from(new Set(rowTerms.flat())).sort(byCodeUnit);
  const at = rows.map(() => 0);
  const terms: string[] = [];
  const offsets: number[] = [];
  const writer = new VarintWriter();
  for (const term of all) {
    const postings: number[] = [];
    rows.forEach((row, r) => {
      if (rowTerms[r]![at[r]!] !== term) return;
      const k = at[r]!++;
      readPostings(row.postings, row.offsets[k]!, row.offsets[k + 1]!, (doc, count) => {
        const to = renumber[r]![doc]!;
        if (to >= 0) postings.push(to, count);
      });
    });
    if (postings.length === 0) continue;
    // Rows are numbered one after another, so the merged postings are already in order.
    terms.push(term);
    offsets.push(writer.length);
    let last = -1;
    for (let i = 0; i < postings.length; i += 2) {
      writer.write(postings[i]! - last - 1);
      writer.write(postings[i + 1]!);
      last = postings[i]!;
    }
  }
  offsets.push(writer.length);
  const removed = Array.from(removedAt.keys());
  return {
    tier: tierOf(ids.length),
    ids,
    gens,
    lengths: Uint32Array.from(lengths),
    removed,
    removedGens: removed.map((id) => removedAt.get(id)!),
    terms: terms.join('\n'),
    offsets: Uint32Array.from(offsets),
    postings: writer.finish(),
  };
}
