import type { FontFamily } from '../settings/settings';
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

/** Prefixed families that stand for the system fonts the reader asks for by name (see addReaderFonts). */
export const SERIF_ALIAS = 'lectern-serif';
export const MONO_ALIAS = 'lectern-mono';

const SERIF_FONTS = [
  'Charter',
  'Bitstream Charter',
  'Sitka Text',
  'Cambria',
  'Noto Serif',
  'DejaVu Serif',
  'Georgia',
];
const MONO_FONTS = ['SF Mono', 'Menlo', 'Consolas', 'DejaVu Sans Mono'];

/** The four faces of a family, each named as `local()` finds installed fonts: by their full names. */
const STYLES = [
  { weight: '400', style: 'normal', suffixes: ['', ' Regular', ' Roman', ' Book'] },
  { weight: '700', style: 'normal', suffixes: [' Bold'] },
  { weight: '400', style: 'italic', suffixes: [' Italic', ' Oblique'] },
  { weight: '700', style: 'italic', suffixes: [' Bold Italic', ' Bold Oblique'] },
];

type FaceSource = { family: string; source: string | ArrayBuffer; weight: string; style: string };

function localAliases(family: string, fonts: string[]): FaceSource[] {
  return STYLES.map(({ weight, style, suffixes }) => ({
    family,
    weight,
    style,
    source: fonts.flatMap((font) => suffixes.map((suffix) => `local("${font}${suffix}")`)).join(', '),
  }));
}

function facesFor(fontFamily: FontFamily): FaceSource[] {
  const code = localAliases(MONO_ALIAS, MONO_FONTS);
  if (fontFamily === 'serif') return [...localAliases(SERIF_ALIAS, SERIF_FONTS), ...code];
  if (fontFamily === 'atkinson') {
    const bundled = SOURCES.map(({ url, weight }) => ({
      family: BUNDLED_FONT_FAMILY,
      source: bytesOf(url),
      weight,
      style: 'normal',
    }));
    return [...bundled, ...code];
  }
  return code;
}

/**
 * Adds the faces the reader's fonts need to `doc` while it is open; the returned function takes them out
 * again, so the page's font set is as it was after the reader closes.
 *
 * A page's `@font-face` rules live in the document's font set, which a shadow root shares: a page that
 * defines a face named Georgia would draw the reader's text in it. So the reader asks first for prefixed
 * families added here through the FontFace API, which the page's rules cannot replace (faces added by
 * script come after the page's own in the set, and the last match wins), and whose `local()` sources are the
 * installed system fonts. A face that fails to load is simply not used: the stack's next families take over.
 */
export function addReaderFonts(doc: Document, fontFamily: FontFamily): () => void {
  const fonts = doc.fonts as FontFaceSet | undefined;
  if (!fonts || typeof FontFace === 'undefined') return () => {};
  const faces: FontFace[] = [];
  for (const { family, source, weight, style } of facesFor(fontFamily)) {
    try {
      const face = new FontFace(family, source, { weight, style });
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
