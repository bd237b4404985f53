import regular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import bold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';

/**
 * Atkinson Hyperlegible's files, shipped as files of the extension (not web-accessible: a page cannot probe
 * for them). Extension pages load them by URL; the reader in a web page gets their bytes from the
 * background, so the script injected on every click does not carry 46 KB of font it seldom needs.
 */
export const BUNDLED_FONT_FILES = [
  { path: regular, weight: '400' },
  { path: bold, weight: '700' },
] as const;

/** One face of the bundled font: its weight and its bytes or a `url()` source. */
export interface BundledFace {
  weight: string;
  source: string | ArrayBuffer;
}

/** Hands over the bundled font's faces when a reader asks for them (only when the user chose the font). */
export type BundledFaces = () => Promise<BundledFace[]>;

/** Base64 keeps the bytes whole through extension messaging, which carries JSON-like data only. */
export function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
