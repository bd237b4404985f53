import type { FontFamily } from '../settings/settings';
import type { BundledFaces } from './bundled-font';

/**
 * The families the reader adds and asks for. They are visible in the page's `document.fonts`, so each
 * carries our prefix and a random suffix drawn when the reader opens: a page cannot prepare a face under a
 * name it cannot know in advance (a page that defined `lectern-serif` took over the reader's text).
 */
export interface ReaderFontNames {
  /** Stands for the system serif fonts the reader asks for by name (see addReaderFonts). */
  serif: string;
  /** The same for monospaced fonts, used for code in every font choice. */
  mono: string;
  /** Atkinson Hyperlegible, bundled with the extension. */
  bundled: string;
}

export function newFontNames(): ReaderFontNames {
  const suffix = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) =>
    n.toString(36).padStart(7, '0'),
  ).join('');
  return {
    serif: `lectern-serif-${suffix}`,
    mono: `lectern-mono-${suffix}`,
    bundled: `lectern-atkinson-hyperlegible-${suffix}`,
  };
}

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

function facesFor(fontFamily: FontFamily, names: ReaderFontNames): FaceSource[] {
  const code = localAliases(names.mono, MONO_FONTS);
  if (fontFamily === 'serif') return [...localAliases(names.serif, SERIF_FONTS), ...code];
  return code;
}

/** How often the reader checks that no page face has come after its own (see keepFacesLast). */
const RECHECK_MS = 1000;

const familyKey = (family: string) => family.replace(/^["']|["']$/g, '').toLowerCase();

/** Whether a face that is not ours is the last one in `fonts` under one of our families, so it would win. */
function overtaken(fonts: FontFaceSet, ours: FontFace[]): boolean {
  const families = new Set(ours.map((face) => familyKey(face.family)));
  const last = new Map<string, FontFace>();
  fonts.forEach((face) => {
    const family = familyKey(face.family);
    if (families.has(family)) last.set(family, face);
  });
  return [...last.values()].some((face) => !ours.includes(face));
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
 *
 * A page script can still read our names from `document.fonts` and add a face of the same name after ours.
 * So while the reader is open it checks that its faces are still the last of their names, when the set
 * starts loading (a new face being used) and every second (a face added already loaded reports nothing),
 * and if not, adds its own again after the page's. The page's faces are left as they are.
 */
export function addReaderFonts(
  doc: Document,
  fontFamily: FontFamily,
  names: ReaderFontNames,
  bundled: BundledFaces,
): () => void {
  const fonts = doc.fonts as FontFaceSet | undefined;
  if (!fonts || typeof FontFace === 'undefined') return () => {};
  const faces: FontFace[] = [];
  let removed = false;
  const add = ({ family, source, weight, style }: FaceSource) => {
    try {
      const face = new FontFace(family, source, { weight, style });
      fonts.add(face);
      faces.push(face);
      face.loaded.catch(() => fonts.delete(face));
    } catch {
      // A malformed font or a refused FontFace: the fallback stack is used.
    }
  };
  facesFor(fontFamily, names).forEach(add);
  // The bundled font's files come when asked for; until then (and if they never come) the stack's next
  // families draw the text.
  if (fontFamily === 'atkinson') {
    bundled().then(
      (loaded) => {
        if (removed) return;
        for (const { weight, source } of loaded) {
          add({ family: names.bundled, source, weight, style: 'normal' });
        }
      },
      () => {},
    );
  }
  const keepFacesLast = () => {
    if (!overtaken(fonts, faces)) return;
    for (const face of faces.filter((face) => face.status !== 'error')) {
      fonts.delete(face);
      fonts.add(face);
    }
  };
  fonts.addEventListener('loading', keepFacesLast);
  const timer = setInterval(keepFacesLast, RECHECK_MS);
  return () => {
    removed = true;
    clearInterval(timer);
    fonts.removeEventListener('loading', keepFacesLast);
    for (const face of faces) fonts.delete(face);
  };
}
