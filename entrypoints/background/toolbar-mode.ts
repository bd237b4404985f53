import { browser } from 'wxt/browser';
import { loadSettings, watchSettings, type ToolbarAction } from '../../core/settings/settings';
import { traceFailure } from './trace';

export const POPUP_PAGE = 'popup.html';

/**
 * What the toolbar button does follows the `toolbarAction` setting. The manifest declares no default
 * popup, because a declared popup stops `action.onClicked` for good; the popup is switched on and off here.
 */
export async function applyToolbarAction(mode: ToolbarAction): Promise<void> {
  await browser.action.setPopup({ popup: mode === 'open-popup' ? POPUP_PAGE : '' });
}

/** Applies the setting now and whenever it changes; returns the function that stops following it. */
export function followToolbarAction(): () => void {
  let current: ToolbarAction | null = null;
  const apply = (mode: ToolbarAction) => {
    if (mode === current) return;
    current = mode;
    void applyToolbarAction(mode).catch((error: unknown) => {
      current = null;
      traceFailure('switching the toolbar popup')(error);
    });
  };
  void loadSettings().then((settings) => apply(settings.toolbarAction));
  return watchSettings((settings) => apply(settings.toolbarAction));
}
