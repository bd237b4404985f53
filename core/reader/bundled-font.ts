import regular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?inline';
import bold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?inline';

/** The family name the reader asks for; prefixed, since it is visible in the page's `document.fonts`. */
export const BUNDLED_FONT_FAMILY = 'lectern-atkinson-hyperlegible';

/**
 * The fonts come inlined in the bundle as data URLs and are handed to FontFace as bytes: Chrome ignores
 * `@font-face` inside a shadow root, a web-accessible font file would let every site probe for Lectern, and
 * bytes (unlike a URL) are not subject to the page's `font-src` policy.
 */
const SOURCES = [
  { url: regular, weight: '400' },
  { url: bold, weight: '700' },
];

function bytesOf(dataUrl: string): ArrayBuffer {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/**
 * Adds the bundled font to `doc` while the reader uses it; the returned function takes it out again, so the
 * page's font set is as it was after the reader closes. A font that fails to load is simply not used: the
 * family's fallbacks take over.
 */
export function addBundledFont(doc: Document): () => void {
  const fonts = doc.fonts as FontFaceSet | undefined;
  if (!fonts || typeof FontFace === 'undefined') return () => {};
  const faces: FontFace[] = [];
  for (const source of SOURCES) {
    try {
      const face = new FontFace(BUNDLED_FONT_FAMILY, bytesOf(source.url), { weight: source.weight });
      fonts.add(face);
      faces.push(face);
      face.loaded.catch(() => fonts.delete(face));
    } catch {
      // A malformed font or a refused FontFace: the fallback stack is used.
    }
  }
  return () => {
    for (const face of faces) fonts.delete(face);
  };
}
