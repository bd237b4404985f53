import type { ImportFormat } from '../importers/import-item';
import { parseImportFile } from '../importers/parse-import-file';
import type { LibraryDb } from './db';
import { importItems, type ItemsImportSummary } from './import-items';

export interface FileImportSummary extends ItemsImportSummary {
  format: ImportFormat;
}

/**
 * Another service's export into the library: the whole file is read and checked first (an ImportFileError
 * says why not), then written in one transaction, so a file that fails changes nothing.
 */
export async function importExportFile(
  db: LibraryDb,
  bytes: Uint8Array,
  options: { now?: number; win?: Window } = {},
): Promise<FileImportSummary> {
  const { format, items } = parseImportFile(bytes, options.win);
  return { format, ...(await importItems(db, items, options)) };
}
