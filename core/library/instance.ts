import { LibraryDb } from './db';
import { scheduleCompaction } from './search/write';

let shared: LibraryDb | null = null;

/** The extension's one library database, opened on first use in this context (background or page). */
export function library(): LibraryDb {
  if (!shared) {
    shared = new LibraryDb();
    // An upgraded library, or one whose last merge was cut short, is compacted once it is open.
    shared.on('ready', (db) => scheduleCompaction(db as LibraryDb));
  }
  return shared;
}
