import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';

/** Chrome's page for every extension's shortcuts (extensions may open it with tabs.create). */
const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** Lectern's own commands as the browser has them now; the toolbar button's implicit one left out. */
export function useBrowserShortcuts(): Browser.commands.Command[] | null {
  const [commands, setCommands] = useState<Browser.commands.Command[] | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setCommands(all.filter((command) => command.name !== '_execute_action')));
  }, []);
  return commands;
}

/**
 * Opens the browser's page for changing extension shortcuts: Chrome's by its URL; Firefox has no URL an
 * extension may open, but (since Firefox 137) `commands.openShortcutSettings()` opens its manager.
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  if (import.meta.env.FIREFOX && commands.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
}
