import { browser } from 'wxt/browser';
import { createContextMenus, onMenuClick } from './context-menus';
import { handleHighlightMessages } from './highlight-messages';
import { handleLibraryMessages } from './library-messages';
import { followToolbarAction } from './toolbar-mode';
import { traceFailure } from './trace';

/**
 * The background's reading-list wiring: library and highlight messages, the two context-menu items and the toolbar
 * button's mode. Listeners are added synchronously, as a service worker must, to be woken by their events.
 */
export function startLibrary(): void {
  handleLibraryMessages();
  handleHighlightMessages();
  browser.runtime.onInstalled.addListener(
    () => void createContextMenus().catch(traceFailure('creating the context menus')),
  );
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void onMenuClick(info, tab)?.catch(traceFailure('a context menu command')),
  );
  followToolbarAction();
}
