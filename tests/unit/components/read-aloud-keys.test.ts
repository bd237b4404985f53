import { describe, expect, it } from 'vitest';
import { readerKeyHandler, type SpeechKey } from '../../../components/use-reader-keys';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';

describe('read-aloud keys inside the reader', () => {
  it('l, comma and full stop reach read aloud, remapped keys too, and change no setting', () => {
    const heard: SpeechKey[] = [];
    const changes: unknown[] = [];
    const press = (key: string, keys = DEFAULT_SETTINGS.keys) =>
      readerKeyHandler(
        { ...DEFAULT_SETTINGS, keys },
        (change) => changes.push(change),
        () => {},
        (speech) => heard.push(speech),
      )(new KeyboardEvent('keydown', { key }));
    press('l');
    press(',');
    press('.');
    press('p', { ...DEFAULT_SETTINGS.keys, listen: 'p' });
    expect(heard).toEqual(['toggle', 'previous', 'next', 'toggle']);
    expect(changes).toEqual([]);
  });

  it('are not taken while the user types in a field', () => {
    const heard: SpeechKey[] = [];
    const input = document.createElement('input');
    const event = new KeyboardEvent('keydown', { key: 'l' });
    Object.defineProperty(event, 'target', { value: input });
    readerKeyHandler(
      DEFAULT_SETTINGS,
      () => {},
      () => {},
      (speech) => heard.push(speech),
    )(event);
    expect(heard).toEqual([]);
  });
});
