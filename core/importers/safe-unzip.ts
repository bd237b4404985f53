import { unzipSync } from 'fflate';
import { ImportFileError } from './import-error';
import { MAX_UNZIPPED_BYTES } from './limits';

/** A ZIP file starts with a local file header ("PK\3\4"), or is an empty archive ("PK\5\6"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/**
 * A name that stays inside the archive: no `..` step, no absolute path, no drive letter, no backslash.
 * Nothing is written to disk, but the names pick which article a content file belongs to, and an export
 * holding `../` names was made to escape wherever it is unpacked: such a file is refused whole.
 */
function isSafeName(name: string): boolean {
  if (!name || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((step) => step === '..');
}

/**
 * The ZIP's files (folders left out), checked before anything is inflated: every name safe and the sizes
 * it declares under the limit. `wanted` picks the files to inflate; the others are only listed.
 */
export function unzipChecked(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): { names: string[]; files: Map<string, Uint8Array> } {
  const names: string[] = [];
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!isSafeName(file.name)) throw new ImportFileError('unsafe-zip', file.name);
        if (file.name.endsWith('/')) return false;
        names.push(file.name);
        if (!wanted(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new ImportFileError('too-large');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('bad-zip');
  }
  return { names, files: new Map(Object.entries(files)) };
}

/** A file of the ZIP as text; UTF-8 that does not decode is the wrong encoding, said with the file's name. */
export function zipText(files: Map<string, Uint8Array>, name: string): string {
  const bytes = files.get(name);
  if (!bytes) return '';
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError('bad-encoding', name);
  }
}
