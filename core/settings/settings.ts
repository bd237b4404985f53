import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema';
import { validateSettings } from './validate';

export * from './schema';
export { validateSettings } from './validate';

/** All settings in one item of the sync area, so they follow the user between browsers. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue());
}

let updates: Promise<unknown> = Promise.resolve();

/**
 * Merges `change` into the stored settings. Each update reads and writes the whole item, so updates from
 * this context run one after another: two at once would both read the old settings, and the later write
 * would undo the earlier one's change.
 */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const update = updates.then(async () => {
    const next = validateSettings({ ...(await loadSettings()), ...change });
    await settingsItem.setValue(next);
    return next;
  });
  updates = update.catch(() => undefined);
  return update;
}

/** Puts every setting back to its default. */
export async function resetSettings(): Promise<Settings> {
  await settingsItem.setValue(DEFAULT_SETTINGS);
  return DEFAULT_SETTINGS;
}

/** Calls `listener` with validated settings whenever they change anywhere; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(validateSettings(value)));
}
