import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAutoOpen } from './auto-open';
import { startImportQueue } from './import-queue';
import { startLibrary } from './start-library';
import { startSync } from './sync';
import { clearTabBadge } from './tab-badge';
import { onCommand, onToolbarClick } from './triggers';

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
  startImportQueue();
  startSync();
});
