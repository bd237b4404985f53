import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/save-frame/App';
import { updateSettings } from '../../../core/settings/settings';

const TITLE =
  'Dialogue Between US, Russia Serves Security in Central Europe, Hungarian Foreign Minister Says';

vi.mock('../../../core/messaging', () => ({
  sendToBackground: vi.fn(async (type: string) =>
    type === 'getSaveDetails' ? { id: 'a1', title: TITLE, tags: [], knownTags: [] } : null,
  ),
}));

const root = document.createElement('div');
document.body.append(root);
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const titleField = () => root.querySelector<HTMLInputElement>('#lectern-title')!;

beforeEach(async () => {
  await act(() => render(<App id="a1" />, root));
  await settle();
});
afterEach(() => render(null, root));

describe('the save popup', () => {
  it('opens with the title field focused at the start of the title, not scrolled to its end', () => {
    expect(titleField().value).toBe(TITLE);
    expect(document.activeElement).toBe(titleField());
    expect([titleField().selectionStart, titleField().selectionEnd]).toEqual([0, 0]);
  });

  it('takes a theme chosen while it is open', async () => {
    const themed = () => root.querySelector('.save-frame-theme')!.getAttribute('data-theme');
    expect(themed()).toBe('auto');
    await act(async () => void (await updateSettings({ theme: 'dark' })));
    await settle();
    expect(themed()).toBe('dark');
  });
});
