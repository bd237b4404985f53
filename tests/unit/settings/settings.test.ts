import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  updateSettings,
  validateSettings,
  watchSettings,
} from '../../../core/settings/settings';

describe('settings', () => {
  it('start from the defaults: the theme follows the system', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('auto');
  });

  it('fall back field by field when stored values are corrupt', () => {
    expect(validateSettings({ theme: 'neon' })).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ theme: 'sepia', extra: 1 })).toEqual({ theme: 'sepia' });
  });

  it('a corrupt value in sync storage never breaks reading them', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 42 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are stored in the sync area and announced to watchers', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.theme));
    await updateSettings({ theme: 'dark' });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { theme: 'dark' } });
    expect(seen).toEqual(['dark']);
    stop();
  });
});
