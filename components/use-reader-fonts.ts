import { useEffect, useState } from 'preact/hooks';
import type { BundledFaces } from '../core/reader/bundled-font';
import { addReaderFonts, newFontNames, type ReaderFontNames } from '../core/reader/reader-fonts';
import type { FontFamily } from '../core/settings/settings';

/**
 * Keeps the faces `fontFamily` needs in the document; swaps them when it changes, takes them out on unmount.
 * Returns the family names they go by, new for each mount (see newFontNames), for readerStyle. `bundled`
 * hands over the bundled font's faces, asked for only when that font is chosen.
 */
export function useReaderFonts(fontFamily: FontFamily, bundled: BundledFaces): ReaderFontNames {
  const [names] = useState(newFontNames);
  useEffect(() => addReaderFonts(document, fontFamily, names, bundled), [fontFamily, names]);
  return names;
}
