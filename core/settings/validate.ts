import {
  DEFAULT_KEYS,
  DEFAULT_SETTINGS,
  FONT_FAMILIES,
  KEY_ACTIONS,
  MAX_AUTO_OPEN_SITES,
  MAX_SPEECH_VOICES,
  MAX_VOICE_ID_LENGTH,
  RANGES,
  TEXT_ALIGNS,
  THEMES,
  TOOLBAR_ACTIONS,
  type KeyMap,
  type NumberRange,
  type Settings,
} from './schema';

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown, fallback: T): T =>
    options.includes(value as T) ? (value as T) : fallback;

/** A number inside its range, snapped to the step (so 20.000001 from a slider reads as 20). */
export function validNumber(value: unknown, range: NumberRange, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  if (value < range.min - 1e-9 || value > range.max + 1e-9) return fallback;
  const steps = Math.round((value - range.min) / range.step);
  return Number((range.min + steps * range.step).toFixed(4));
}

const validBoolean = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : fallback;

// A registrable host name: letters, digits, hyphens and dots, at least one dot or `localhost`.
const HOST = /^(?=.{1,253}$)(localhost|([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63})$/;

/** Turns what a user types (`https://Example.com/news`, `example.com`) into a host name, or null. */
export function normaliseSite(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  return HOST.test(host) ? host : null;
}

function validSites(value: unknown): string[] {
  if (!Array.isArray(value)) return DEFAULT_SETTINGS.autoOpenSites;
  const sites = value.filter((site): site is string => typeof site === 'string' && HOST.test(site));
  return [...new Set(sites)].slice(0, MAX_AUTO_OPEN_SITES);
}

/** A key is one printable character; two actions on the same key would make one of them unreachable. */
export function validKeys(value: unknown): KeyMap {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const keys = { ...DEFAULT_KEYS };
  for (const action of KEY_ACTIONS) {
    const key = raw[action];
    if (typeof key === 'string' && [...key].length === 1 && key.trim() !== '') keys[action] = key;
  }
  const used = KEY_ACTIONS.map((action) => keys[action]);
  return new Set(used).size === used.length ? keys : { ...DEFAULT_KEYS };
}

/** Primary language subtag → voice id; odd entries are dropped, not the whole choice. */
function validVoices(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const entries = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, string] =>
      /^[a-z]{2,3}$/.test(entry[0]) &&
      typeof entry[1] === 'string' &&
      entry[1].length > 0 &&
      entry[1].length <= MAX_VOICE_ID_LENGTH,
  );
  return Object.fromEntries(entries.slice(0, MAX_SPEECH_VOICES));
}

/** Validates field by field: a corrupt or unknown value falls back to its default, never breaks the reader. */
export function validateSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(THEMES)(value.theme, d.theme),
    fontFamily: oneOf(FONT_FAMILIES)(value.fontFamily, d.fontFamily),
    fontSize: validNumber(value.fontSize, RANGES.fontSize, d.fontSize),
    lineHeight: validNumber(value.lineHeight, RANGES.lineHeight, d.lineHeight),
    contentWidth: validNumber(value.contentWidth, RANGES.contentWidth, d.contentWidth),
    textAlign: oneOf(TEXT_ALIGNS)(value.textAlign, d.textAlign),
    letterSpacing: validNumber(value.letterSpacing, RANGES.letterSpacing, d.letterSpacing),
    wordSpacing: validNumber(value.wordSpacing, RANGES.wordSpacing, d.wordSpacing),
    showImages: validBoolean(value.showImages, d.showImages),
    toolbarAction: oneOf(TOOLBAR_ACTIONS)(value.toolbarAction, d.toolbarAction),
    hideClutter: validBoolean(value.hideClutter, d.hideClutter),
    keepPictures: validBoolean(value.keepPictures, d.keepPictures),
    autoLoadPages: validBoolean(value.autoLoadPages, d.autoLoadPages),
    autoOpenSites: validSites(value.autoOpenSites),
    keys: validKeys(value.keys),
    speechRate: validNumber(value.speechRate, RANGES.speechRate, d.speechRate),
    speechVoices: validVoices(value.speechVoices),
  };
}

/** The fields of `raw` that validation would change: what an import reports as wrong instead of fixing. */
export function invalidFields(raw: Record<string, unknown>): (keyof Settings)[] {
  const valid = validateSettings(raw);
  return (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter(
    (field) => field in raw && JSON.stringify(raw[field]) !== JSON.stringify(valid[field]),
  );
}
