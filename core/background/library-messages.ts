import type { Browser } from 'wxt/browser';
import {
  allTags,
  findByCanonicalUrl,
  getArticle,
  getSummary,
  removeArticle,
  saveArticle,
  updateArticle,
} from '../library/library';
import { library } from '../library/instance';
import { isValidPayload } from '../library/valid-payload';
import {
  handleMessages,
  isFromExtensionPage,
  isFromOwnContentScript,
  sendToTab,
  type PagesToBackground,
  type ReaderToBackground,
} from '../messaging';
import { saveTab } from './save-tab';
import { toggleReader } from './toggle-reader';

/** Tells the reader in the save popup's tab; a tab that has gone meanwhile needs no telling. */
function tellTab(
  sender: Browser.runtime.MessageSender,
  send: (tabId: number) => Promise<void>,
): Promise<void> {
  const tabId = sender.tab?.id;
  return tabId === undefined ? Promise.resolve() : send(tabId).catch(() => undefined);
}

/**
 * The background's side of the reading list. Content scripts speak for the page they run in, so they may
 * only save what they extracted and ask whether their page is saved; everything that reads or changes the
 * user's library is for Lectern's own pages.
 */
export function handleLibraryMessages(): () => void {
  const stopReader = handleMessages<ReaderToBackground>(
    {
      saveArticle: (payload) =>
        isValidPayload(payload) ? saveArticle(library(), payload) : { ok: false, reason: 'invalid' },
      lookupSaved: async ({ canonicalUrl }) =>
        typeof canonicalUrl === 'string'
          ? ((await findByCanonicalUrl(library(), canonicalUrl))?.id ?? null)
          : null,
    },
    isFromOwnContentScript,
  );
  const stopPages = handleMessages<PagesToBackground>(
    {
      getSaveDetails: async ({ id }) => {
        const article = await getSummary(library(), id);
        if (!article) return null;
        return { id, title: article.title, tags: article.tags, knownTags: await allTags(library()) };
      },
      getSavedArticle: async ({ id }) => (await getArticle(library(), id)) ?? null,
      updateSaved: async ({ id, title, tags }) =>
        (await updateArticle(library(), id, {
          ...(typeof title === 'string' ? { title } : {}),
          ...(Array.isArray(tags) ? { tags: tags.filter((tag) => typeof tag === 'string') } : {}),
        })) !== undefined,
      removeSaved: async ({ id }, sender) => {
        const removed = (await removeArticle(library(), id)) !== undefined;
        await tellTab(sender, (tabId) => sendToTab(tabId, 'savedStateChanged', { id: null }));
        return removed;
      },
      closeSavePopup: (_, sender) =>
        tellTab(sender, (tabId) => sendToTab(tabId, 'closeSavePopup', undefined)),
      saveTab: ({ tabId }) => saveTab(tabId),
      readTab: async ({ tabId }) => {
        await toggleReader(tabId);
      },
    },
    isFromExtensionPage,
  );
  return () => {
    stopReader();
    stopPages();
  };
}
