import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clearTabBadge } from '../core/background/tab-badge';
import { toggleReader } from '../core/background/toggle-reader';

/** Wires browser events to the reader. Every handler catches: the service worker logs no uncaught error. */
export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggleReader(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader' && tab?.id !== undefined) void toggleReader(tab.id);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page in the tab: the "can't read this page" badge belonged to the old one.
    if (change.status === 'loading') void clearTabBadge(tabId);
  });
});
