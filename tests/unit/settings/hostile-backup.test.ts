import { describe, expect, it } from 'vitest';
import { exportSettings, parseSettingsFile } from '../../../core/settings/backup';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../core/settings/schema';

const file = (settings: unknown, change: Record<string, unknown> = {}) =>
  JSON.stringify({ lectern: 'settings', version: SETTINGS_VERSION, settings, ...change });

describe('a hostile settings file', () => {
  it('is turned away whole when any value has the wrong type, saying which', () => {
    const hostile = {
      ...DEFAULT_SETTINGS,
      theme: '<script>alert(1)</script>',
      fontSize: '18px; background:url(javascript:alert(1))',
      showImages: 'yes',
      keys: { ...DEFAULT_SETTINGS.keys, nextTheme: '<img src=x onerror=alert(1)>' },
    };
    expect(parseSettingsFile(file(hostile))).toEqual({
      ok: false,
      error: 'importInvalidFields',
      fields: ['theme', 'fontSize', 'showImages', 'keys'],
    });
  });

  it('is turned away for a huge string, and for a file far bigger than any export', () => {
    expect(parseSettingsFile(file({ ...DEFAULT_SETTINGS, theme: 'x'.repeat(500_000) }))).toMatchObject({
      ok: false,
      fields: ['theme'],
    });
    expect(parseSettingsFile(file({ ...DEFAULT_SETTINGS, pad: 'x'.repeat(30 * 1024 * 1024) }))).toEqual({
      ok: false,
      error: 'importNotSettings',
    });
  });

  it('is turned away for a wrong version or a settings field that is no object', () => {
    for (const version of [0, 99, '2', null, 1.5e308]) {
      expect(parseSettingsFile(file(DEFAULT_SETTINGS, { version }))).toEqual({
        ok: false,
        error: 'importWrongVersion',
      });
    }
    for (const settings of [null, [], 'dark', 7]) {
      expect(parseSettingsFile(file(settings))).toEqual({ ok: false, error: 'importNotSettings' });
    }
  });

  it('pollutes no prototype and keeps no unknown key', () => {
    const text = exportSettings({ ...DEFAULT_SETTINGS, theme: 'dark' }).replace(
      '"theme"',
      '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "extra": 1, "theme"',
    );
    const result = parseSettingsFile(text);
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.settings)).toEqual(Object.keys(DEFAULT_SETTINGS));
  });
});
