import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** The toolbar icon tells the user, for this tab only, that Lectern cannot read the page. */
export async function markRestricted(tabId: number): Promise<void> {
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }),
    browser.action.setTitle({ tabId, title: t('restrictedTitle') }),
  ]);
}

export async function clearTabBadge(tabId: number): Promise<void> {
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: t('actionTitle') }),
  ]);
}
