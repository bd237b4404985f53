import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { options } from 'preact';
import { afterAll, beforeEach } from 'vitest';
import messages from '../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** The fake browser has no i18n; answer from the real English catalogue, placeholders filled as Chrome does. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, i: string) => subs[Number(i) - 1] ?? '');
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
});

/**
 * Preact runs effects after the next paint: a requestAnimationFrame raced by a 100 ms timer. A timer still
 * pending when a file ends fired after jsdom was torn down ("cancelAnimationFrame is not defined", seen
 * under load). Here effects run on the next task instead, and each file waits one task before teardown.
 */
options.requestAnimationFrame = (callback) => void setTimeout(callback);
afterAll(() => new Promise<void>((done) => setTimeout(done)));

/**
 * One in-memory IndexedDB for the background's library (core/library/instance.ts), installed for every
 * file: test files share a worker's modules and the library instance, so each file must see the same one.
 */
Object.assign(globalThis, { indexedDB, IDBKeyRange });
