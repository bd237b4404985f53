import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadSettings, watchSettings, type Settings } from '../../core/settings/settings';

/**
 * The settings as the reader in this page last knew them: read from storage on the first opening, then kept
 * current by the storage's change events, so a later opening does not wait for another read.
 */
export function readerSettings(ctx: ContentScriptContext): () => Promise<Settings> {
  let known: Promise<Settings> | null = null;
  let stopWatching: (() => void) | null = null;
  ctx.onInvalidated(() => stopWatching?.());
  return () => {
    if (known) return known;
    stopWatching ??= watchSettings((next) => (known = Promise.resolve(next)));
    const read = loadSettings();
    known = read;
    // A failed read is not kept: the next opening asks again.
    read.catch(() => {
      if (known === read) known = null;
    });
    return read;
  };
}
