import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, isFromExtension, type ContentProtocol } from '../../core/messaging';

const fromBackground = { id: fakeBrowser.runtime.id };
const fromPageTab = { id: fakeBrowser.runtime.id, tab: { id: 3 } as Browser.tabs.Tab };
const fromOtherExtension = { id: 'someone-else' };

describe('typed messaging', () => {
  it('answers Lectern messages from its own background', async () => {
    const toggleReader = vi.fn(() => 'opened' as const);
    handleMessages<ContentProtocol>({ toggleReader }, isFromExtension);
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { lectern: 'toggleReader' },
      fromBackground,
      () => {},
    );
    expect(await answer).toBe('opened');
    expect(toggleReader).toHaveBeenCalledTimes(1);
  });

  it('ignores other extensions, tabs, unknown names and foreign message shapes', async () => {
    const toggleReader = vi.fn(() => 'opened' as const);
    handleMessages<ContentProtocol>({ toggleReader }, isFromExtension);
    const answers = await Promise.all([
      fakeBrowser.runtime.onMessage.trigger({ lectern: 'toggleReader' }, fromOtherExtension, () => {}),
      fakeBrowser.runtime.onMessage.trigger({ lectern: 'toggleReader' }, fromPageTab, () => {}),
      fakeBrowser.runtime.onMessage.trigger({ lectern: 'constructor' }, fromBackground, () => {}),
      fakeBrowser.runtime.onMessage.trigger({ type: 'toggleReader' }, fromBackground, () => {}),
    ]);
    expect(answers.flat()).toEqual([undefined, undefined, undefined, undefined]);
    expect(toggleReader).not.toHaveBeenCalled();
  });

  it('stops answering once removed', async () => {
    const toggleReader = vi.fn(() => 'opened' as const);
    const stop = handleMessages<ContentProtocol>({ toggleReader }, isFromExtension);
    stop();
    await fakeBrowser.runtime.onMessage.trigger({ lectern: 'toggleReader' }, fromBackground, () => {});
    expect(toggleReader).not.toHaveBeenCalled();
  });
});
