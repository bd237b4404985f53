import type { Browser } from 'wxt/browser';
import type { TabSaveResult } from '../../core/messaging';
import { saveTab } from './save-tab';
import { toggleReader, type TabOutcome } from './toggle-reader';

/** The keyboard shortcuts Lectern declares in its manifest (`commands`). */
export const COMMANDS = { toggleReader: 'toggle-reader', saveArticle: 'save-article' } as const;

/** A click on the toolbar button toggles the reader in that tab. */
export function onToolbarClick(tab: Browser.tabs.Tab): Promise<TabOutcome> | undefined {
  return tab.id === undefined ? undefined : toggleReader(tab.id);
}

/**
 * A pressed shortcut, in the tab it was pressed in: `toggle-reader` toggles the reader, `save-article`
 * saves the page's article to the reading list without opening anything.
 */
export function onCommand(
  command: string,
  tab?: Browser.tabs.Tab,
): Promise<TabOutcome | TabSaveResult> | undefined {
  if (tab?.id === undefined) return undefined;
  if (command === COMMANDS.toggleReader) return toggleReader(tab.id);
  if (command === COMMANDS.saveArticle) return saveTab(tab.id);
  return undefined;
}
