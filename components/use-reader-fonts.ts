import { useEffect } from 'preact/hooks';
import { addReaderFonts } from '../core/reader/reader-fonts';
import type { FontFamily } from '../core/settings/settings';

/** Keeps the faces `fontFamily` needs in the document; swaps them when it changes, takes them out on unmount. */
export function useReaderFonts(fontFamily: FontFamily): void {
  useEffect(() => addReaderFonts(document, fontFamily), [fontFamily]);
}
