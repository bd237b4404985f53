import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const LOCALES_DIR = join(process.cwd(), 'public', '_locales');
const read = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
const english = read('en');

describe.each(readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en'))(
  'the %s translation',
  (locale) => {
    const catalogue = read(locale);

    it('has every English string, and nothing else', () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    });

    it('keeps every placeholder and translates the text', () => {
      for (const [key, entry] of Object.entries(english)) {
        expect(Object.keys(catalogue[key]?.placeholders ?? {}), key).toEqual(
          Object.keys(entry.placeholders ?? {}),
        );
        for (const name of Object.keys(entry.placeholders ?? {})) {
          expect(catalogue[key]?.message, key).toContain(`$${name.toUpperCase()}$`);
        }
        expect(catalogue[key]?.message.trim(), key).not.toBe('');
      }
    });
  },
);

describe('the English catalogue', () => {
  // The browser's i18n looks names up without regard to case: of "syncLogin" and "syncLogIn" one is lost.
  it('has no two names that differ only in case', () => {
    const names = Object.keys(english).map((key) => key.toLowerCase());
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
