import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAutoOpen } from '../core/background/auto-open';
import { startLibrary } from '../core/background/start-library';
import { clearTabBadge } from '../core/background/tab-badge';
import { onCommand, onToolbarClick } from '../core/background/triggers';

/** Wires browser events to the reader. Every handler catches: the service worker logs no uncaught error. */
export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => void onToolbarClick(tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page in the tab: the "can't read this page" badge belonged to the old one.
    if (change.status === 'loading') void clearTabBadge(tabId);
  });
  startAutoOpen();
  startLibrary();
});
