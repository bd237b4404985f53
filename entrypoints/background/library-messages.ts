import type { Browser } from 'wxt/browser';
import {
  allTags,
  findByCanonicalUrl,
  getArticle,
  getSummary,
  removeArticle,
  saveArticle,
  updateArticle,
} from '../../core/library/library';
import { library } from '../../core/library/instance';
import { mayClaim } from '../../core/library/canonical-url';
import { isValidPayload, MAX_FIELD } from '../../core/library/article-fields';
import {
  handleMessages,
  isFromExtensionPage,
  isFromOwnContentScript,
  sendToTab,
  type PagesToBackground,
  type ReaderToBackground,
} from '../../core/messaging';
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

const isId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200;
const isTabId = (tabId: unknown): tabId is number => Number.isInteger(tabId) && (tabId as number) >= 0;
/** The request's fields, whatever was sent (`undefined`, a string, an array...). */
const fields = (data: unknown): Record<string, unknown> =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};

/** The page the content script runs in, as the browser (not the page) reports it. */
function senderOrigin(sender: Browser.runtime.MessageSender): string | null {
  try {
    return sender.url ? new URL(sender.url).origin : null;
  } catch {
    return null;
  }
}

/** A payload for the page the content script runs in, naming an address that page may claim. */
function isPayloadOfSender(payload: unknown, sender: Browser.runtime.MessageSender): boolean {
  if (!isValidPayload(payload)) return false;
  return senderOrigin(sender) === new URL(payload.url).origin;
}

/**
 * The background's side of the reading list. Content scripts speak for the page they run in, so they may
 * only save what they extracted from that page and ask whether an address of that page's site is saved;
 * everything that reads or changes the user's library is for Lectern's own pages. Every request is
 * checked for its shape: anything else gets the "nothing" answer and changes nothing.
 */
export function handleLibraryMessages(): () => void {
  const stopReader = handleMessages<ReaderToBackground>(
    {
      saveArticle: (payload, sender) =>
        isPayloadOfSender(payload, sender)
          ? saveArticle(library(), payload)
          : { ok: false, reason: 'invalid' },
      lookupSaved: async (data, sender) => {
        const { canonicalUrl } = fields(data);
        if (typeof canonicalUrl !== 'string' || !sender.url || !mayClaim(sender.url, canonicalUrl)) {
          return null;
        }
        return (await findByCanonicalUrl(library(), canonicalUrl))?.id ?? null;
      },
    },
    isFromOwnContentScript,
  );
  const stopPages = handleMessages<PagesToBackground>(
    {
      getSaveDetails: async (data) => {
        const { id } = fields(data);
        const article = isId(id) ? await getSummary(library(), id) : undefined;
        if (!isId(id) || !article) return null;
        return { id, title: article.title, tags: article.tags, knownTags: await allTags(library()) };
      },
      getSavedArticle: async (data) => {
        const { id } = fields(data);
        return isId(id) ? ((await getArticle(library(), id)) ?? null) : null;
      },
      updateSaved: async (data) => {
        const { id, title, tags } = fields(data);
        if (!isId(id)) return false;
        return (
          (await updateArticle(library(), id, {
            ...(typeof title === 'string' && title.length <= MAX_FIELD ? { title } : {}),
            ...(Array.isArray(tags) ? { tags: tags.filter((tag) => typeof tag === 'string') } : {}),
          })) !== undefined
        );
      },
      removeSaved: async (data, sender) => {
        const { id } = fields(data);
        if (!isId(id)) return false;
        const removed = (await removeArticle(library(), id)) !== undefined;
        await tellTab(sender, (tabId) => sendToTab(tabId, 'savedStateChanged', { id: null }));
        return removed;
      },
      closeSavePopup: (_, sender) =>
        tellTab(sender, (tabId) => sendToTab(tabId, 'closeSavePopup', undefined)),
      saveTab: (data) => {
        const { tabId } = fields(data);
        return isTabId(tabId) ? saveTab(tabId) : { ok: false, reason: 'restricted' };
      },
      readTab: async (data) => {
        const { tabId } = fields(data);
        if (isTabId(tabId)) await toggleReader(tabId);
      },
    },
    isFromExtensionPage,
  );
  return () => {
    stopReader();
    stopPages();
  };
}
