import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../core/i18n';
import type { TabSaveResult } from './save-tab';

const BADGE_MS = 4000;

const FAILURE_TITLES: Record<Exclude<TabSaveResult, { ok: true }>['reason'], MessageKey> = {
  quota: 'saveFailedQuota',
  unavailable: 'saveFailedUnavailable',
  invalid: 'saveFailedNoArticle',
  'no-article': 'saveFailedNoArticle',
  'too-large': 'saveFailedNoArticle',
  'unsupported-document': 'saveFailedNoArticle',
  restricted: 'restrictedTitle',
  failed: 'readerFailedTitle',
};

/** A brief confirmation on the toolbar icon of the tab that was saved; failures keep their reason as title. */
export async function showSaveBadge(tabId: number, result: TabSaveResult): Promise<void> {
  const text = result.ok ? '✓' : '!';
  const title = result.ok ? t('saveDoneTitle') : t(FAILURE_TITLES[result.reason]);
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
