import { DEFAULT_KEYS, DEFAULT_SETTINGS, type KeyAction, type Settings } from './schema';

/**
 * One function per version step, each taking what the previous version stored. The result is validated
 * on every read anyway, so a migration only has to carry values over, not check them.
 */

/** Version 1 (issue 2) stored only `{ theme }`, with themes auto, light, sepia and dark. */
export interface SettingsV1 {
  theme?: unknown;
}

/** v1 → v2: keep the chosen theme; every setting added in v2 starts at its default. */
export function migrateV1ToV2(v1: SettingsV1 | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(v1?.theme === undefined ? {} : { theme: v1.theme as Settings['theme'] }),
  };
}

/** Version 2 (issues 2 to 15): every setting up to `keys`, with six key actions. */
export type SettingsV2 = Omit<Settings, 'speechRate' | 'speechVoices'>;

/**
 * The key actions version 3 added (read aloud, issue 16; highlight, issue 15), and keys to give them when
 * theirs are taken.
 */
const NEW_ACTIONS: KeyAction[] = ['listen', 'previousSentence', 'nextSentence', 'highlight'];
const SPARE_KEYS = [...'lpnjk,.;:<>'];

/**
 * v2 → v3: read-aloud speed and voices start at their defaults. The new key actions get their default keys
 * unless a user already gave one of those keys to another action: then a spare key, since two actions on
 * one key would make validation put every key back to its default.
 */
export function migrateV2ToV3(v2: SettingsV2 | null | undefined): Settings {
  const keys = { ...DEFAULT_KEYS, ...(v2?.keys ?? {}) } as Record<string, unknown>;
  const used = new Set(
    Object.entries(keys)
      .filter(([action]) => !NEW_ACTIONS.includes(action as KeyAction))
      .map(([, key]) => String(key).toLowerCase()),
  );
  for (const action of NEW_ACTIONS) {
    const key = [DEFAULT_KEYS[action], ...SPARE_KEYS].find((candidate) => !used.has(candidate));
    if (key) keys[action] = key;
    used.add(String(keys[action]).toLowerCase());
  }
  return {
    ...DEFAULT_SETTINGS,
    ...(v2 ?? {}),
    keys: keys as Settings['keys'],
    speechRate: DEFAULT_SETTINGS.speechRate,
    speechVoices: {},
  };
}

/** Keyed by the version each migration produces, as WXT's storage items expect. */
export const SETTINGS_MIGRATIONS = {
  2: migrateV1ToV2,
  3: migrateV2ToV3,
};

/** Settings stored or exported at `version`, brought up to the current one (backups use this too). */
export function migrateFrom(version: number, settings: unknown): Settings {
  const v2 = version <= 1 ? migrateV1ToV2(settings as SettingsV1) : (settings as SettingsV2);
  return version <= 2 ? migrateV2ToV3(v2) : (settings as Settings);
}
