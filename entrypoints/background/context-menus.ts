import { browser, type Browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import { openLibrary, saveTab } from './save-tab';

export const MENU = { openLibrary: 'lectern-open-library', savePage: 'lectern-save-page' } as const;

/** Context menus persist across restarts of the service worker, so they are made once per install or update. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU.openLibrary, title: t('menuOpenLibrary'), contexts: ['action'] });
  browser.contextMenus.create({ id: MENU.savePage, title: t('menuSavePage'), contexts: ['page'] });
}

export function onMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<unknown> | undefined {
  if (info.menuItemId === MENU.openLibrary) return openLibrary();
  if (info.menuItemId === MENU.savePage && tab?.id !== undefined) return saveTab(tab.id);
  return undefined;
}
