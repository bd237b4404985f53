import { describe, expect, it } from 'vitest';
import { chooseVoice, primaryLanguage, voicesFor } from '../../../core/speech/voices';

const v = (id: string, lang: string, isDefault = false) => ({ id, name: id, lang, isDefault });
const VOICES = [
  v('Afrikaans', 'af', true),
  v('German', 'de'),
  v('German+Anna', 'de'),
  v('English (GB)', 'en-GB'),
  v('English (US)', 'en-US'),
];

describe('voices for the article language', () => {
  it('matches by primary language, any region', () => {
    expect(primaryLanguage('de-AT')).toBe('de');
    expect(voicesFor(VOICES, 'de-CH').map((x) => x.id)).toEqual(['German', 'German+Anna']);
    expect(voicesFor(VOICES, 'ja')).toEqual([]);
    expect(voicesFor(VOICES, null)).toHaveLength(5);
  });

  it('uses the voice remembered for the language, else the exact region, else any', () => {
    expect(chooseVoice(VOICES, 'de', { de: 'German+Anna' })?.id).toBe('German+Anna');
    expect(chooseVoice(VOICES, 'de', { de: 'uninstalled' })?.id).toBe('German');
    expect(chooseVoice(VOICES, 'en-US', {})?.id).toBe('English (US)');
    expect(chooseVoice(VOICES, 'en', {})?.id).toBe('English (GB)');
    expect(chooseVoice(VOICES, 'ja', { ja: 'German' })).toBeNull();
  });
});
