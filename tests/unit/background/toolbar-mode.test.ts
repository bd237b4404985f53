import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followToolbarAction } from '../../../entrypoints/background/toolbar-mode';
import { updateSettings } from '../../../core/settings/settings';

describe('the toolbar button’s mode', () => {
  it('follows the toolbarAction setting: no popup to toggle the reader, the popup when asked for', async () => {
    const setPopup = vi.fn(async () => {});
    fakeBrowser.action.setPopup = setPopup as unknown as typeof fakeBrowser.action.setPopup;
    const stop = followToolbarAction();
    await vi.waitFor(() => expect(setPopup).toHaveBeenLastCalledWith({ popup: '' }));
    await updateSettings({ toolbarAction: 'open-popup' });
    await vi.waitFor(() => expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup.html' }));
    await updateSettings({ toolbarAction: 'toggle-reader' });
    await vi.waitFor(() => expect(setPopup).toHaveBeenLastCalledWith({ popup: '' }));
    stop();
  });
});
