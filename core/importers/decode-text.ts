import { ImportFileError } from './import-error';

/**
 * The file's text. Exports are UTF-8 (a byte-order mark is dropped); a UTF-16 file says so with its mark.
 * Anything that does not decode (a Windows-1252 spreadsheet save, a binary file) is refused with its
 * reason instead of importing mangled titles.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
      ? bytes[0] === 0xff
        ? 'utf-16le'
        : 'utf-16be'
      : null;
  try {
    const text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('binary');
    return text;
  } catch {
    throw new ImportFileError('bad-encoding');
  }
}
