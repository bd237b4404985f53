import { describe, expect, it } from 'vitest';
import { exportSettings, parseSettingsFile } from '../../../core/settings/backup';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../core/settings/schema';

const mine = {
  ...DEFAULT_SETTINGS,
  theme: 'sepia' as const,
  fontSize: 24,
  keys: { ...DEFAULT_SETTINGS.keys, nextTheme: 'y' },
};

describe('settings export and import', () => {
  it('an exported file imports back to the same settings', () => {
    const text = exportSettings(mine);
    expect(JSON.parse(text)).toMatchObject({ lectern: 'settings', version: SETTINGS_VERSION });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: mine });
  });

  it('a version 1 file is migrated', () => {
    const v1 = JSON.stringify({ lectern: 'settings', version: 1, settings: { theme: 'dark' } });
    expect(parseSettingsFile(v1)).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
  });

  it('rejects what is not a Lectern settings file, saying why', () => {
    expect(parseSettingsFile('{ not json')).toEqual({ ok: false, error: 'importNotJson' });
    expect(parseSettingsFile('[1,2]')).toEqual({ ok: false, error: 'importNotSettings' });
    expect(parseSettingsFile(JSON.stringify({ theme: 'dark' }))).toEqual({
      ok: false,
      error: 'importNotSettings',
    });
    expect(parseSettingsFile(JSON.stringify({ lectern: 'settings', version: 99, settings: {} }))).toEqual({
      ok: false,
      error: 'importWrongVersion',
    });
  });

  it('rejects a file with invalid values rather than fixing them silently, and names the fields', () => {
    const bad = JSON.stringify({
      lectern: 'settings',
      version: SETTINGS_VERSION,
      settings: { ...mine, fontSize: 400, theme: 'neon' },
    });
    expect(parseSettingsFile(bad)).toEqual({
      ok: false,
      error: 'importInvalidFields',
      fields: ['theme', 'fontSize'],
    });
  });
});

describe('article rules in the settings file', () => {
  const rules = [{ host: 'news.example.com', selectors: ['article.story', '#main article'], created: 5 }];

  it('an export with rules imports back with them; a file without rules leaves them out', () => {
    const text = exportSettings(mine, rules);
    expect(JSON.parse(text)).toMatchObject({ siteRules: rules });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: mine, siteRules: rules });
    expect(JSON.parse(exportSettings(mine))).not.toHaveProperty('siteRules');
    expect(parseSettingsFile(exportSettings(mine))).not.toHaveProperty('siteRules');
  });

  it('a file with a broken rule is rejected whole, naming the rules', () => {
    const broken = JSON.parse(exportSettings(mine, rules)) as { siteRules: unknown[] };
    broken.siteRules.push({ host: 'x.example', selectors: 'article' });
    expect(parseSettingsFile(JSON.stringify(broken))).toEqual({
      ok: false,
      error: 'importInvalidFields',
      fields: ['siteRules'],
    });
  });
});
