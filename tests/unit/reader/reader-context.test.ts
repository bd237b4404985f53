import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ReaderContext } from '../../../entrypoints/reader.content/reader-context';

// The event name WXT's own context listens for (private in its types).
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

function forgeStart(name: string): void {
  const detail = { contentScriptName: name, messageId: 'forged' };
  document.dispatchEvent(new CustomEvent(STARTED, { detail }));
}

describe('ReaderContext', () => {
  it('is ended by a newer copy of the reader in the same tab', () => {
    const first = new ReaderContext();
    let ended = false;
    first.onInvalidated(() => (ended = true));
    const second = new ReaderContext();
    expect(ended).toBe(true);
    expect(second.signal.aborted).toBe(false);
  });

  it('ignores the start announcement a page can forge, which ends a WXT context', () => {
    const ctx = new ReaderContext();
    const wxt = new ContentScriptContext('lectern-reader');
    forgeStart('lectern-reader');
    expect(wxt.signal.aborted).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
  });
});
