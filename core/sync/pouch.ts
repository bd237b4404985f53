import type { ArticleDoc } from './article-doc';

/**
 * The part of PouchDB's API the sync uses (the package ships no types). Written against PouchDB 9;
 * `pouchdb-browser` provides it in the extension, the same package over fake-indexeddb in Node tests.
 */
export interface PouchError {
  status?: number;
  name?: string;
  error?: string;
  reason?: string;
  message?: string;
}

export interface BulkResult {
  id?: string;
  rev?: string;
  ok?: boolean;
  error?: boolean | string;
  status?: number;
}

export interface ChangesResult {
  results: Array<{ id: string; seq: number | string; deleted?: boolean; doc?: ArticleDoc }>;
  last_seq: number | string;
}

export interface LocalState {
  _id: string;
  _rev?: string;
  since: number | string;
  /** Per document id: this device's id of the article, its signature and the revision both last agreed on. */
  entries: Record<string, [localId: string, signature: string, rev: string]>;
}

export interface PouchLike {
  get<T>(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<T>;
  put(doc: object): Promise<{ id: string; rev: string }>;
  bulkDocs(docs: object[]): Promise<BulkResult[]>;
  allDocs(options: { keys: string[]; include_docs: true }): Promise<{
    rows: Array<{
      key: string;
      doc?: ArticleDoc | null;
      value?: { rev: string; deleted?: boolean };
      error?: string;
    }>;
  }>;
  changes(options: {
    since: number | string;
    include_docs: true;
    conflicts: true;
    limit: number;
  }): Promise<ChangesResult>;
}
