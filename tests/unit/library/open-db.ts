import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LibraryDb } from '../../../core/library/db';

/** A library in a fresh in-memory IndexedDB: every test starts from nothing. */
export function openTestLibrary(): { db: LibraryDb; indexedDB: IDBFactory } {
  const indexedDB = new IDBFactory();
  return { db: new LibraryDb('lectern-library', { indexedDB, IDBKeyRange }), indexedDB };
}
