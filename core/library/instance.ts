import { LibraryDb } from './db';

let shared: LibraryDb | null = null;

/** The extension's one library database, opened on first use in this context (background or page). */
export function library(): LibraryDb {
  shared ??= new LibraryDb();
  return shared;
}
