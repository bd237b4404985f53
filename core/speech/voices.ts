import type { Voice } from './engine';

/** The language part of a tag (`de-AT` → `de`), lower case: what voices are matched and remembered by. */
export function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').split(/[-_]/)[0]!.toLowerCase();
}

/** The voices that speak `lang` (any region of it), the engine's default ones first, then by name. */
export function voicesFor(voices: readonly Voice[], lang: string | null | undefined): Voice[] {
  const wanted = primaryLanguage(lang);
  // An article that does not say its language can be read by any voice.
  return voices
    .filter((voice) => !wanted || primaryLanguage(voice.lang) === wanted)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
}

/**
 * The voice to read `lang` with: the one the user chose for that language if it is still installed, else
 * one matching the full tag (`en-GB` for British English), else any voice of the language; null when the
 * browser has none for it.
 */
export function chooseVoice(
  voices: readonly Voice[],
  lang: string | null | undefined,
  chosen: Readonly<Record<string, string>>,
): Voice | null {
  const candidates = voicesFor(voices, lang);
  const remembered = chosen[primaryLanguage(lang)];
  const exact = (lang ?? '').toLowerCase().replace('_', '-');
  return (
    candidates.find((voice) => voice.id === remembered) ??
    candidates.find((voice) => voice.lang.toLowerCase().replace('_', '-') === exact) ??
    candidates[0] ??
    null
  );
}
