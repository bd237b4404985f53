import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateFrom, migrateV1ToV2, migrateV2ToV3 } from '../../../core/settings/migrations';
import { validateSettings } from '../../../core/settings/validate';
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
      settings$: { v: 3 },
    });
  });

  it('a version 1 value that was already corrupt reads as the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'neon' }, settings$: { v: 1 } });
    vi.resetModules();
    const { loadSettings } = await import('../../../core/settings/settings');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings v2 → v3 (read aloud)', () => {
  const v2Keys = { smaller: '-', larger: '+', narrower: '[', wider: ']', nextTheme: 't', help: '?' };

  it('keeps everything and starts speed and voices at their defaults, the new keys at theirs', () => {
    const v2 = { ...DEFAULT_SETTINGS, theme: 'dark' as const, keys: v2Keys };
    const v3 = migrateV2ToV3(v2 as never);
    expect(v3).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(validateSettings(v3)).toEqual(v3);
  });

  it('gives a new action a spare key when the user already took its default for another', () => {
    const v3 = migrateV2ToV3({
      ...DEFAULT_SETTINGS,
      keys: { ...v2Keys, larger: 'l', smaller: ',' },
    } as never);
    expect(v3.keys).toMatchObject({ larger: 'l', smaller: ',', listen: 'p', previousSentence: 'n' });
    // Without the migration, validation would have put every key back to its default.
    expect(validateSettings(v3).keys).toEqual(v3.keys);
  });

  it('runs from version 1 through 2 to 3, for stored data and for backups', async () => {
    expect(migrateFrom(1, { theme: 'sepia' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, keys: v2Keys },
      settings$: { v: 2 },
    });
    vi.resetModules();
    const { loadSettings } = await import('../../../core/settings/settings');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 3 } });
  });

  it('remembers voices per language, dropping odd entries one by one', () => {
    const speechVoices = { de: 'German+Anna', en: 'x'.repeat(201), __proto__x: 'a', FR: 'b', ja: 42 };
    expect(validateSettings({ speechVoices, speechRate: 2.5 })).toMatchObject({
      speechVoices: { de: 'German+Anna' },
      speechRate: 2.5,
    });
    expect(validateSettings({ speechRate: 3.5 }).speechRate).toBe(1);
  });
});
