import { describe, expect, it } from 'vitest';
import { nextTheme, largerText, smallerText, wider } from '../../../core/reader/adjust';
import { commandForKey, isTypingTarget, type KeyPress } from '../../../core/reader/keys';
import { DEFAULT_KEYS, DEFAULT_SETTINGS, RANGES } from '../../../core/settings/schema';

const press = (
  key: string,
  target: EventTarget | null = document.body,
  extra: Partial<KeyPress> = {},
): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...extra,
});

describe('reader keys', () => {
  it('map the default keys to their actions, and Escape to close', () => {
    expect(
      ['+', '-', '[', ']', 't', '?', 'Escape', 'x'].map((k) => commandForKey(press(k), DEFAULT_KEYS)),
    ).toEqual(['larger', 'smaller', 'narrower', 'wider', 'nextTheme', 'help', 'close', null]);
    expect(commandForKey(press('T'), DEFAULT_KEYS)).toBe('nextTheme');
  });

  it('highlight the selection with h, or the key the user chose for it', () => {
    expect(commandForKey(press('h'), DEFAULT_KEYS)).toBe('highlight');
    const keys = { ...DEFAULT_KEYS, highlight: 'm' };
    expect(commandForKey(press('m'), keys)).toBe('highlight');
    expect(commandForKey(press('h'), keys)).toBeNull();
    expect(commandForKey(press('h', document.createElement('textarea')), DEFAULT_KEYS)).toBeNull();
  });

  it('follow the user’s own mapping', () => {
    const keys = { ...DEFAULT_KEYS, larger: '=', nextTheme: 'y' };
    expect(commandForKey(press('='), keys)).toBe('larger');
    expect(commandForKey(press('+'), keys)).toBeNull();
    expect(commandForKey(press('y'), keys)).toBe('nextTheme');
    expect(commandForKey(press('t'), keys)).toBeNull();
  });

  it('never fire while the user types in a field', () => {
    const fields = ['input', 'textarea', 'select'].map((tag) => document.createElement(tag));
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    for (const field of [...fields, editable]) {
      expect(commandForKey(press('t', field), DEFAULT_KEYS)).toBeNull();
      expect(commandForKey(press('Escape', field), DEFAULT_KEYS)).toBeNull();
    }
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(commandForKey(press('t', document.createElement('button')), DEFAULT_KEYS)).toBe('nextTheme');
    editable.remove();
  });

  it('leave the browser’s own shortcuts alone (Ctrl + zooms) and IME composition to the input method', () => {
    expect(commandForKey(press('+', document.body, { ctrlKey: true }), DEFAULT_KEYS)).toBeNull();
    expect(commandForKey(press('t', document.body, { metaKey: true }), DEFAULT_KEYS)).toBeNull();
    expect(commandForKey(press('t', document.body, { altKey: true }), DEFAULT_KEYS)).toBeNull();
    expect(commandForKey(press('t', document.body, { isComposing: true }), DEFAULT_KEYS)).toBeNull();
  });

  it('step text size and width within their ranges and cycle the themes', () => {
    expect(largerText(DEFAULT_SETTINGS)).toEqual({ fontSize: 21 });
    expect(smallerText({ ...DEFAULT_SETTINGS, fontSize: RANGES.fontSize.min })).toEqual({
      fontSize: RANGES.fontSize.min,
    });
    expect(wider({ ...DEFAULT_SETTINGS, contentWidth: RANGES.contentWidth.max })).toEqual({
      contentWidth: RANGES.contentWidth.max,
    });
    const seen = [DEFAULT_SETTINGS.theme];
    let settings = DEFAULT_SETTINGS;
    for (let i = 0; i < 5; i++) {
      settings = { ...settings, ...nextTheme(settings) };
      seen.push(settings.theme);
    }
    expect(seen).toEqual(['auto', 'light', 'dark', 'sepia', 'high-contrast', 'auto']);
  });
});
