import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShortcutsMissing } from '../../../components/ShortcutsMissing';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const TOGGLE = { name: 'toggle-reader', description: 'Open or close the reader' };
const SAVE = { name: 'save-article', description: 'Save the article to the reading list' };

describe('the note about commands the browser left without keys', () => {
  it('names each command without keys and opens the browser’s shortcuts page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const commands = [
      { ...TOGGLE, shortcut: '' },
      { ...SAVE, shortcut: 'Alt+Shift+S' },
    ];
    await act(() => render(<ShortcutsMissing commands={commands} />, root));
    expect(root.querySelector('[role="status"] p')?.textContent).toBe(
      'No keyboard shortcut is set for: Open or close the reader. Another extension or the browser may ' +
        "already use its keys; choose keys on the browser's shortcuts page.",
    );
    await act(() => root.querySelector('button')!.click());
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('says nothing while the commands load or when every command has keys', async () => {
    await act(() => render(<ShortcutsMissing commands={null} />, root));
    expect(root.innerHTML).toBe('');
    const all = [
      { ...TOGGLE, shortcut: 'Alt+Shift+L' },
      { ...SAVE, shortcut: 'Alt+Shift+S' },
    ];
    await act(() => render(<ShortcutsMissing commands={all} />, root));
    expect(root.innerHTML).toBe('');
  });
});
