import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveButton, type SaveChannel, type SaveChannelEvent } from '../../../components/SaveButton';
import type { SaveResult } from '../../../core/library/record';

function fakeChannel(saved: string | null, result: SaveResult = { ok: true, id: 'a1', created: true }) {
  const listeners = new Set<(event: SaveChannelEvent) => void>();
  const channel: SaveChannel = {
    lookup: vi.fn(async () => saved),
    save: vi.fn(async () => result),
    frameUrl: (id) => `chrome-extension://lectern/save-frame.html?id=${id}`,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (event: SaveChannelEvent) => act(() => listeners.forEach((listener) => listener(event)));
  return { channel, emit };
}

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const button = () => root.querySelector('button')!;
const frame = () => root.querySelector('iframe');
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the reader’s Save button', () => {
  it('saves in one click, then says Saved and opens the save popup for that entry', async () => {
    const { channel } = fakeChannel(null);
    await act(() => render(<SaveButton channel={channel} />, root));
    await settle();
    expect(button().textContent).toBe('Save');
    expect(frame()).toBeNull();

    await act(() => button().click());
    await settle();
    expect(channel.save).toHaveBeenCalledTimes(1);
    expect(button().textContent).toBe('✓ Saved');
    expect(frame()?.getAttribute('src')).toBe('chrome-extension://lectern/save-frame.html?id=a1');
    expect(frame()?.title).toBe('Saved article');
  });

  it('on a saved page opens the popup instead of saving again; the popup’s Remove turns it back to Save', async () => {
    const { channel, emit } = fakeChannel('old');
    await act(() => render(<SaveButton channel={channel} />, root));
    await settle();
    expect(button().textContent).toBe('✓ Saved');
    await act(() => button().click());
    expect(channel.save).not.toHaveBeenCalled();
    expect(frame()).not.toBeNull();

    await emit({ type: 'saved', id: null });
    expect(button().textContent).toBe('Save');
    expect(frame()).toBeNull();
  });

  it('closes the popup when it asks to be closed', async () => {
    const { channel, emit } = fakeChannel('old');
    await act(() => render(<SaveButton channel={channel} />, root));
    await settle();
    await act(() => button().click());
    await emit({ type: 'close-popup' });
    expect(frame()).toBeNull();
    expect(document.activeElement).toBe(button());
  });

  it('tells the user when the save failed and that nothing was saved', async () => {
    const { channel } = fakeChannel(null, { ok: false, reason: 'quota' });
    await act(() => render(<SaveButton channel={channel} />, root));
    await settle();
    await act(() => button().click());
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/storage is full.*Nothing was saved/);
    expect(button().textContent).toBe('Save');
  });
});
