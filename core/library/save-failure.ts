import type { MessageKey } from '../i18n';
import type { TabSaveFailure } from '../messaging';

/** Why a save failed, in the user's words: the toolbar badge's title and the toolbar popup say the same. */
export const SAVE_FAILURE_TITLES: Readonly<Record<TabSaveFailure, MessageKey>> = {
  quota: 'saveFailedQuota',
  unavailable: 'saveFailedUnavailable',
  invalid: 'saveFailedNoArticle',
  'no-article': 'saveFailedNoArticle',
  'too-large': 'saveFailedNoArticle',
  'unsupported-document': 'saveFailedNoArticle',
  restricted: 'restrictedTitle',
  failed: 'readerFailedTitle',
};
