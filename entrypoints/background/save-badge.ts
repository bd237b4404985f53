import { browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import { SAVE_FAILURE_TITLES } from '../../core/library/save-failure';
import type { TabSaveResult } from '../../core/messaging';

const BADGE_MS = 4000;

/** A brief confirmation on the toolbar icon of the tab that was saved; failures keep their reason as title. */
export async function showSaveBadge(tabId: number, result: TabSaveResult): Promise<void> {
  const text = result.ok ? '✓' : '!';
  const title = result.ok ? t('saveDoneTitle') : t(SAVE_FAILURE_TITLES[result.reason]);
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: result.ok ? '#2f6f3e' : '#8a5a00' }),
    browser.action.setTitle({ tabId, title }),
  ]);
  if (result.ok) {
    setTimeout(() => {
      void Promise.allSettled([
        browser.action.setBadgeText({ tabId, text: '' }),
        browser.action.setTitle({ tabId, title: t('actionTitle') }),
      ]);
    }, BADGE_MS);
  }
}
