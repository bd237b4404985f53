import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateV1ToV2 } from '../../../core/settings/migrations';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';

describe('settings migrations', () => {
  it('v1 → v2 keeps the chosen theme and starts every new setting at its default', () => {
    expect(migrateV1ToV2({ theme: 'sepia' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    expect(migrateV1ToV2({})).toEqual(DEFAULT_SETTINGS);
    expect(migrateV1ToV2(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('runs on a profile that still holds version 1 data, when the settings are first read', async () => {
    // What issue 2's build wrote: the value and WXT's version marker.
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' }, settings$: { v: 1 } });
    vi.resetModules();
    const { loadSettings } = await import('../../../core/settings/settings');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
      settings$: { v: 2 },
    });
  });

  it('a version 1 value that was already corrupt reads as the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'neon' }, settings$: { v: 1 } });
    vi.resetModules();
    const { loadSettings } = await import('../../../core/settings/settings');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
