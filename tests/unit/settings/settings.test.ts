import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  resetSettings,
  updateSettings,
  validateSettings,
  watchSettings,
} from '../../../core/settings/settings';

describe('settings', () => {
  it('start from the defaults: the theme follows the system, the toolbar button toggles the reader', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('auto');
    expect(DEFAULT_SETTINGS.toolbarAction).toBe('toggle-reader');
    expect(DEFAULT_SETTINGS.keys).toEqual({
      smaller: '-',
      larger: '+',
      narrower: '[',
      wider: ']',
      nextTheme: 't',
      help: '?',
      listen: 'l',
      previousSentence: ',',
      nextSentence: '.',
      highlight: 'h',
    });
  });

  it('fall back field by field when stored values are corrupt', () => {
    expect(validateSettings({ theme: 'neon' })).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ theme: 'sepia', extra: 1 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    expect(
      validateSettings({
        theme: 'high-contrast',
        fontFamily: 'comic',
        fontSize: 1000,
        lineHeight: '2',
        contentWidth: 800,
        textAlign: 'justify',
        showImages: 'no',
        toolbarAction: 'open-popup',
        hideClutter: false,
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'high-contrast',
      contentWidth: 800,
      textAlign: 'justify',
      toolbarAction: 'open-popup',
      hideClutter: false,
    });
  });

  it('keep pictures with saved articles by default; a settings item from before has them kept', () => {
    expect(DEFAULT_SETTINGS.keepPictures).toBe(true);
    const before: Partial<typeof DEFAULT_SETTINGS> = { ...DEFAULT_SETTINGS };
    delete before.keepPictures;
    expect(validateSettings({ ...before, theme: 'dark' }).keepPictures).toBe(true);
    expect(validateSettings({ keepPictures: false }).keepPictures).toBe(false);
    expect(validateSettings({ keepPictures: 'no' }).keepPictures).toBe(true);
  });

  it('snap numbers to their step and reject non-finite ones', () => {
    expect(validateSettings({ fontSize: 21.0000001 }).fontSize).toBe(21);
    expect(validateSettings({ lineHeight: 1.8 }).lineHeight).toBe(1.8);
    expect(validateSettings({ fontSize: Number.NaN }).fontSize).toBe(20);
    expect(validateSettings({ letterSpacing: -0.1 }).letterSpacing).toBe(0);
  });

  it('keep only well-formed, distinct auto-open sites', () => {
    expect(
      validateSettings({ autoOpenSites: ['example.com', 'EVIL', 'example.com', 42, 'news.example.org'] })
        .autoOpenSites,
    ).toEqual(['example.com', 'news.example.org']);
    expect(validateSettings({ autoOpenSites: 'example.com' }).autoOpenSites).toEqual([]);
  });

  it('take remapped keys, but never two actions on one key nor more than one character', () => {
    expect(validateSettings({ keys: { larger: '=', smaller: '_' } }).keys).toMatchObject({
      larger: '=',
      smaller: '_',
      nextTheme: 't',
    });
    expect(validateSettings({ keys: { larger: 'plus' } }).keys.larger).toBe('+');
    expect(validateSettings({ keys: { larger: ' ' } }).keys.larger).toBe('+');
    // `t` taken twice: one action would be unreachable, so the whole map goes back to the defaults.
    expect(validateSettings({ keys: { larger: 't' } }).keys).toEqual(DEFAULT_SETTINGS.keys);
  });

  it('a corrupt value in sync storage never breaks reading them', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 42, fontSize: 'big' }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are stored in the sync area and announced to watchers', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.theme));
    await updateSettings({ theme: 'dark' });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
    });
    expect(seen).toEqual(['dark']);
    stop();
  });

  it('reset puts every setting back to its default', async () => {
    await updateSettings({ theme: 'sepia', fontSize: 28, autoOpenSites: ['example.com'] });
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps both of two updates made at once', async () => {
    await Promise.all([updateSettings({ fontSize: 22 }), updateSettings({ theme: 'dark' })]);
    expect(await loadSettings()).toMatchObject({ fontSize: 22, theme: 'dark' });
  });
  it('load next pages only when asked: off by default, and off for settings stored before the choice', async () => {
    expect(DEFAULT_SETTINGS.autoLoadPages).toBe(false);
    const before: Partial<typeof DEFAULT_SETTINGS> = { ...DEFAULT_SETTINGS };
    delete before.autoLoadPages;
    await fakeBrowser.storage.sync.set({ settings: { ...before, theme: 'dark' }, settings$: { v: 3 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(validateSettings({ autoLoadPages: 'yes' }).autoLoadPages).toBe(false);
    expect((await updateSettings({ autoLoadPages: true })).autoLoadPages).toBe(true);
  });
});
