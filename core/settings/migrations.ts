import { DEFAULT_SETTINGS, type Settings } from './schema';

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

/** Keyed by the version each migration produces, as WXT's storage items expect. */
export const SETTINGS_MIGRATIONS = {
  2: migrateV1ToV2,
};
