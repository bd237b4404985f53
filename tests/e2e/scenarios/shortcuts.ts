import { expect, it } from 'vitest';
import { byRole, collapse, findAll, textOf } from '../support/ax-tree';
import type { ShortcutDriver } from '../harness/driver';
import type { ScenarioContext } from './context';
import { dialogs, waitForReaderClosed, waitForTree, waitUntil } from './reader-ui';
import { entryLinks } from './save-to-list';
import { SEED_PAGE_PATH, seedNews } from './seed-news';

interface CommandKeys {
  name: string;
  /** The keys the manifest suggests. */
  suggested: string;
  /** The keys the browser gave the command ('' for none). */
  assigned: string;
}

/** Every command the manifest declares, with its suggested keys and the keys the browser assigned. */
function commandKeys(driver: ShortcutDriver): Promise<CommandKeys[]> {
  return driver.evaluate(async () => {
    interface Api {
      runtime: { getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }> } };
      commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
    }
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = scope.browser ?? scope.chrome;
    const assigned = await api.commands.getAll();
    return Object.entries(api.runtime.getManifest().commands ?? {}).map(([name, command]) => ({
      name,
      suggested: command.suggested_key?.default ?? '',
      assigned: assigned.find((c) => c.name === name)?.shortcut ?? '',
    }));
  }, null);
}

/** The keys assigned to a command on this profile; fails when it has none. */
async function keysOf(driver: ShortcutDriver, name: string): Promise<string> {
  await driver.openExtensionPage('options.html');
  const keys = (await commandKeys(driver)).find((command) => command.name === name)?.assigned;
  if (!keys) throw new Error(`The ${name} command has no keys in ${driver.browserName}.`);
  return keys;
}

/**
 * The browser shortcuts, pressed as real keys where the browser handles its own accelerators (not as page
 * input, which never reaches them), on a fresh profile.
 */
export function shortcutScenarios({ driver, server }: ScenarioContext<ShortcutDriver>): void {
  it('gives both commands their suggested keys on a fresh profile, and the options page lists them', async () => {
    await driver().openExtensionPage('options.html');
    const commands = await commandKeys(driver());
    expect(commands.map((command) => command.name).sort()).toEqual(['save-article', 'toggle-reader']);
    for (const command of commands) {
      expect(command.suggested, command.name).not.toBe('');
      expect(command.assigned, `${command.name} on a fresh profile`).toBe(command.suggested);
    }

    // The table fills in once the browser has answered the page's commands.getAll().
    const tree = await waitForTree(
      driver(),
      (t) => findAll(t, byRole('row')).length > 1,
      'the shortcuts table on the options page',
    );
    const rows = findAll(tree, byRole('row')).map((row) => textOf(row));
    const toggleKeys = commands.find((command) => command.name === 'toggle-reader')?.assigned ?? '';
    expect(rows).toContain(`Open or close the reader${toggleKeys}`);
    expect(findAll(tree, (node) => textOf(node).startsWith('No keyboard shortcut is set'))).toEqual([]);
  });

  it('opens the reader with the toggle-reader keys and closes it with the same keys, leaving the page as it was', async () => {
    const keys = await keysOf(driver(), 'toggle-reader');
    await driver().openPage(server().url(SEED_PAGE_PATH));
    const htmlBefore = await driver().pageHtml();

    await driver().pressBrowserShortcut(keys);
    const tree = await waitForTree(driver(), (t) => dialogs(t).length > 0, `the reader to open on ${keys}`);
    expect(dialogs(tree).map((dialog) => collapse(dialog.name))).toEqual([seedNews.title]);

    await driver().pressBrowserShortcut(keys);
    await waitForReaderClosed(driver());
    expect(await driver().pageHtml()).toBe(htmlBefore);
  });

  it('saves the page’s article with the save-article keys, without opening the reader', async () => {
    const keys = await keysOf(driver(), 'save-article');
    await driver().openPage(server().url(SEED_PAGE_PATH));
    await driver().pressBrowserShortcut(keys);
    await waitUntil(
      async () => (await driver().badgeText()) === '✓',
      `the saved badge after ${keys}`,
      async () => `badge "${await driver().badgeText()}"`,
    );
    expect(dialogs(await driver().axTree())).toEqual([]);

    await driver().openExtensionPage('library.html');
    await waitUntil(async () => (await entryLinks(driver())).length > 0, 'an entry on the reading list');
    expect(await entryLinks(driver())).toContain(seedNews.title);
  });
}
