import type { Browser } from 'wxt/browser';
import { toggleReader, type TabOutcome } from './toggle-reader';

/** The keyboard shortcuts Lectern declares in its manifest (`commands`). */
export const COMMANDS = { toggleReader: 'toggle-reader' } as const;

/** A click on the toolbar button toggles the reader in that tab. */
export function onToolbarClick(tab: Browser.tabs.Tab): Promise<TabOutcome> | undefined {
  return tab.id === undefined ? undefined : toggleReader(tab.id);
}

/** A pressed shortcut: `toggle-reader` toggles the reader in the tab it was pressed in. */
export function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<TabOutcome> | undefined {
  if (command !== COMMANDS.toggleReader || tab?.id === undefined) return undefined;
  return toggleReader(tab.id);
}
