import { isBookmarksFile, parseBookmarks } from './bookmarks';
import { headerOf } from './csv-rows';
import { decodeText } from './decode-text';
import { ImportFileError } from './import-error';
import type { ParsedImport } from './import-item';
import { parseInstapaper } from './instapaper';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS } from './limits';
import { isOmnivoreFile, isOmnivoreZip, parseOmnivore } from './omnivore';
import { parsePocketCsv } from './pocket-csv';
import { isPocketHtml, parsePocketHtml } from './pocket-html';
import { isZip, unzipChecked } from './safe-unzip';
import { isWallabag, parseWallabag } from './wallabag';

const POCKET_PART = /^(?:[^/]*\/)?part_[^/]*\.csv$/;

function fromZip(bytes: Uint8Array): ParsedImport {
  const { names, files } = unzipChecked(bytes, (name) => POCKET_PART.test(name) || isOmnivoreFile(name));
  if (isOmnivoreZip(names)) return { format: 'omnivore', items: parseOmnivore(files) };
  const parts = names.filter((name) => POCKET_PART.test(name)).sort();
  if (parts.length === 0) throw new ImportFileError('unknown-format');
  const items = parts.flatMap((name) => {
    try {
      return parsePocketCsv(new TextDecoder('utf-8', { fatal: true }).decode(files.get(name)));
    } catch (error) {
      if (error instanceof ImportFileError)
        throw new ImportFileError(error.reason, `${name}: ${error.detail}`);
      throw new ImportFileError('bad-encoding', name);
    }
  });
  return { format: 'pocket-csv', items };
}

function fromText(text: string, win: Window): ParsedImport {
  const start = text.trimStart().slice(0, 1);
  if (start === '[' || start === '{') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ImportFileError('bad-data');
    }
    if (isWallabag(data)) return { format: 'wallabag', items: parseWallabag(data) };
    throw new ImportFileError('unknown-format');
  }
  if (start === '<') {
    const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(text, 'text/html');
    if (isBookmarksFile(text)) return { format: 'bookmarks', items: parseBookmarks(doc) };
    if (isPocketHtml(doc)) return { format: 'pocket-html', items: parsePocketHtml(doc) };
    throw new ImportFileError('unknown-format');
  }
  const header = headerOf(text);
  if (header.includes('time_added')) return { format: 'pocket-csv', items: parsePocketCsv(text) };
  if (header.includes('folder') && header.includes('selection')) {
    return { format: 'instapaper', items: parseInstapaper(text) };
  }
  // A CSV that names a url column is one of these two with its header damaged.
  if (header.some((name) => name === 'url')) throw new ImportFileError('bad-header');
  throw new ImportFileError('unknown-format');
}

/**
 * Reads another service's export, whichever of the known formats it is (recognised by its content, not its
 * name), into items; throws an ImportFileError with the reason for anything else. Reads only: nothing is
 * written until the whole file has been read.
 */
export function parseImportFile(bytes: Uint8Array, win: Window = window): ParsedImport {
  if (bytes.length === 0) throw new ImportFileError('empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError('too-large');
  const parsed = isZip(bytes) ? fromZip(bytes) : fromText(decodeText(bytes), win);
  if (parsed.items.length === 0) throw new ImportFileError('no-items');
  if (parsed.items.length > MAX_IMPORT_ITEMS) throw new ImportFileError('too-large');
  return parsed;
}
