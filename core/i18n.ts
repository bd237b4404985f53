import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/**
 * Strings without substitutions, kept once read: the catalogue does not change while a page runs, and each
 * call into the browser's i18n costs more than it looks (the reader asks for about a hundred as it opens).
 */
const plain = new Map<MessageKey, string>();

/** UI text from `public/_locales`; falls back to the key so a missing string is visible, not blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  if (substitutions !== undefined) return browser.i18n.getMessage(key, substitutions) || key;
  let text = plain.get(key);
  if (text === undefined) {
    text = browser.i18n.getMessage(key) || key;
    plain.set(key, text);
  }
  return text;
}

/**
 * The writing direction of the UI language. The reader sets it on its own root: `direction` inherits into
 * the shadow root and `all: initial` does not reset it, so a page's `direction: rtl` would mirror the toolbar.
 */
let direction: 'ltr' | 'rtl' | undefined;

export function uiDirection(): 'ltr' | 'rtl' {
  direction ??= browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  return direction;
}

/** A count written as the UI language writes numbers ("10,003" in English, "10 003" in French). */
export function count(n: number): string {
  return n.toLocaleString(browser.i18n.getUILanguage());
}
