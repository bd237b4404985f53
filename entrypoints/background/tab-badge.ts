import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../core/i18n';

/**
 * The toolbar icon tells the user, for this tab only, that Lectern cannot read the page; its title says
 * why (a page closed to extensions, or a document with no article to show: XML, SVG, a frameset).
 */
export async function markRestricted(tabId: number, why: MessageKey = 'restrictedTitle'): Promise<void> {
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }),
    browser.action.setTitle({ tabId, title: t(why) }),
  ]);
}

export async function clearTabBadge(tabId: number): Promise<void> {
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: t('actionTitle') }),
  ]);
}
