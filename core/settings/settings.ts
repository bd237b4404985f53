import { storage } from 'wxt/utils/storage';

/** Every setting, declared once with its default. Later settings are added here with a migration. */
export const THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'auto' };

/** Validates field by field: a corrupt or unknown value falls back to its default, never breaks the reader. */
export function validateSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    theme: THEMES.includes(value.theme as Theme) ? (value.theme as Theme) : DEFAULT_SETTINGS.theme,
  };
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue());
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` with validated settings whenever they change anywhere; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(validateSettings(value)));
}
