import { browser } from 'wxt/browser';
import { createContextMenus, onMenuClick } from './context-menus';
import { handleLibraryMessages } from './library-messages';
import { followToolbarAction } from './toolbar-mode';
import { traceFailure } from './trace';

/**
 * The background's reading-list wiring: library messages, the two context-menu items and the toolbar
 * button's mode. Listeners are added synchronously, as a service worker must, to be woken by their events.
 */
export function startLibrary(): void {
  handleLibraryMessages();
  browser.runtime.onInstalled.addListener(
    () => void createContextMenus().catch(traceFailure('creating the context menus')),
  );
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void onMenuClick(info, tab)?.catch(traceFailure('a context menu command')),
  );
  followToolbarAction();
}
