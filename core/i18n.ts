import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** UI text from `public/_locales`; falls back to the key so a missing string is visible, not blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The writing direction of the UI language. The reader sets it on its own root: `direction` inherits into
 * the shadow root and `all: initial` does not reset it, so a page's `direction: rtl` would mirror the toolbar.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** A count written as the UI language writes numbers ("10,003" in English, "10 003" in French). */
export function count(n: number): string {
  return n.toLocaleString(browser.i18n.getUILanguage());
}
