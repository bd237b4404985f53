import { useEffect, useState } from 'preact/hooks';
import { addReaderFonts, newFontNames, type ReaderFontNames } from '../core/reader/reader-fonts';
import type { FontFamily } from '../core/settings/settings';

/**
 * Keeps the faces `fontFamily` needs in the document; swaps them when it changes, takes them out on unmount.
 * Returns the family names they go by, new for each mount (see newFontNames), for readerStyle.
 */
export function useReaderFonts(fontFamily: FontFamily): ReaderFontNames {
  const [names] = useState(newFontNames);
  useEffect(() => addReaderFonts(document, fontFamily, names), [fontFamily, names]);
  return names;
}
