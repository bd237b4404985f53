import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { useLiveSettings } from '../../../components/use-live-settings';
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
