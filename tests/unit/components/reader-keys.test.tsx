import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useLiveSettings, type SettingsChange } from '../../../components/use-live-settings';
import { readerKeyHandler } from '../../../components/use-reader-keys';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';

/** A reader-like view: its key handler is made from the settings of its last render, as in the overlay. */
function KeyTarget({ saved }: { saved: Partial<Settings>[] }) {
  const [shown, change] = useLiveSettings(DEFAULT_SETTINGS, (c) => saved.push(c));
  return (
    <div tabIndex={0} data-size={shown.fontSize} onKeyDown={readerKeyHandler(shown, change, () => {})} />
  );
}

describe('keys inside the reader', () => {
  it('two quick presses of "+" make two steps, even before the view draws again', () => {
    const saved: Partial<Settings>[] = [];
    const host = document.createElement('div');
    render(<KeyTarget saved={saved} />, host);
    const target = host.firstElementChild!;
    target.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    target.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    const sizes = saved.map((change) => change.fontSize);
    expect(sizes).toHaveLength(2);
    expect(sizes[1]!).toBeGreaterThan(sizes[0]!);
    expect(sizes[0]!).toBeGreaterThan(DEFAULT_SETTINGS.fontSize);
    render(null, host);
  });
});

/** A view whose stored settings arrive through a prop, as the overlay's do; `expose` hands out its change. */
function LiveView({
  stored,
  expose,
}: {
  stored: Settings;
  expose: (change: (c: SettingsChange) => void) => void;
}) {
  const [shown, change] = useLiveSettings(stored, () => {});
  expose(change);
  return <div data-size={shown.fontSize} data-theme={shown.theme} />;
}

describe('settings shown while a change is being saved', () => {
  it('keeps an unsaved step when older settings arrive, takes other fields from them, and follows storage once it echoes', async () => {
    const host = document.createElement('div');
    let change: (c: SettingsChange) => void = () => {};
    const view = (stored: Settings) => <LiveView stored={stored} expose={(c) => (change = c)} />;
    const larger = () => change((current) => ({ fontSize: current.fontSize + 1 }));
    const start = { ...DEFAULT_SETTINGS, fontSize: 20 };
    await act(() => render(view(start), host));
    const shown = () => host.firstElementChild as HTMLElement;
    await act(() => larger());
    await act(() => larger());
    expect(shown().dataset.size).toBe('22');

    // Our first write (21) and a theme changed elsewhere arrive after the second step: 22 stays.
    await act(() => render(view({ ...start, fontSize: 21, theme: 'dark' }), host));
    expect(shown().dataset.size).toBe('22');
    expect(shown().dataset.theme).toBe('dark');

    // Storage echoes 22: from now on storage leads again.
    await act(() => render(view({ ...start, fontSize: 22, theme: 'dark' }), host));
    await act(() => render(view({ ...start, fontSize: 18, theme: 'dark' }), host));
    expect(shown().dataset.size).toBe('18');
    render(null, host);
  });
});
