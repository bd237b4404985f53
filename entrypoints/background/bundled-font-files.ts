import { BUNDLED_FONT_FILES, toBase64 } from '../../core/reader/bundled-font';

let files: Promise<Array<{ weight: string; base64: string }>> | null = null;

/** The bundled font's files read from the extension once, for every reader that asks. */
export function bundledFontFiles(): Promise<Array<{ weight: string; base64: string }>> {
  files ??= Promise.all(
    BUNDLED_FONT_FILES.map(async ({ path, weight }) => {
      // The path is the extension's own (`/assets/…`): it resolves against the background's address.
      const response = await fetch(path);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return { weight, base64: toBase64(await response.arrayBuffer()) };
    }),
  ).catch((error: unknown) => {
    // A failed read is tried again by the next reader.
    files = null;
    throw error;
  });
  return files;
}
