import {
  allTags,
  findByCanonicalUrl,
  getArticle,
  getSummary,
  removeArticle,
  updateArticle,
} from '../../core/library/library';
import { library } from '../../core/library/instance';
import { listHighlights } from '../../core/library/highlights';
import { mayClaim } from '../../core/library/canonical-url';
import { MAX_FIELD } from '../../core/library/article-fields';
import { fields, isId, isPayloadOfSender, isTabId, tellTab } from './request-checks';
import {
  handleMessages,
  isFromExtensionPage,
  isFromOwnContentScript,
  sendToTab,
  type PagesToBackground,
  type ReaderToBackground,
} from '../../core/messaging';
import { saveWithPictures } from './keep-pictures';
import { saveTab } from './save-tab';
import { toggleReader } from './toggle-reader';
import { bundledFontFiles } from './bundled-font-files';

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
          ? saveWithPictures(library(), payload)
          : { ok: false, reason: 'invalid' },
      lookupSaved: async (data, sender) => {
        const { canonicalUrl } = fields(data);
        if (typeof canonicalUrl !== 'string' || !sender.url || !mayClaim(sender.url, canonicalUrl)) {
          return null;
        }
        return (await findByCanonicalUrl(library(), canonicalUrl))?.id ?? null;
      },
      bundledFontFiles: () => bundledFontFiles(),
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
        const article = isId(id) ? await getArticle(library(), id) : undefined;
        // With its highlights: the save popup's Markdown export has a Highlights section.
        return article ? { ...article, highlights: await listHighlights(library(), article.id) } : null;
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
