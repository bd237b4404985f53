import { markOf, type Highlight } from '../../core/annotate/highlight';
import {
  firstBadHighlightField,
  highlightFields,
  isHighlightColor,
  isHighlightTarget,
  isNote,
  targetFields,
} from '../../core/annotate/highlight-fields';
import { mayClaim } from '../../core/library/canonical-url';
import {
  addHighlight,
  listHighlights,
  removeHighlight,
  restoreHighlight,
  updateHighlight,
} from '../../core/library/highlights';
import { library } from '../../core/library/instance';
import type { ArticlePayload } from '../../core/library/record';
import { findByCanonicalUrl } from '../../core/library/library';
import { saveWithPictures } from './keep-pictures';
import {
  handleMessages,
  isFromExtensionPage,
  isFromOwnContentScript,
  sendToTab,
  type AddHighlightResult,
  type PagesHighlightsToBackground,
  type ReaderHighlightsToBackground,
} from '../../core/messaging';
import { fields, isId, isPayloadOfSender, tellTab } from './request-checks';

/** Highlights a passage of the sender's page, saving its article first if it is not in the library. */
async function addFromReader(data: unknown, sender: Parameters<typeof isPayloadOfSender>[1]) {
  const { article, target, color } = fields(data);
  if (!isPayloadOfSender(article, sender) || !isHighlightTarget(target) || !isHighlightColor(color)) {
    return { ok: false, reason: 'invalid' } satisfies AddHighlightResult;
  }
  const payload = article as ArticlePayload;
  const db = library();
  let articleId = (await findByCanonicalUrl(db, payload.canonicalUrl))?.id;
  const savedNow = articleId === undefined;
  if (!articleId) {
    const saved = await saveWithPictures(db, payload);
    if (!saved.ok) return saved;
    articleId = saved.id;
  }
  const highlight = await addHighlight(db, articleId, targetFields(target), color);
  return { ok: true, mark: markOf(highlight), articleId, savedNow } satisfies AddHighlightResult;
}

/**
 * The background's side of highlights. The reader (a content script, which speaks for a page that may be
 * hostile) may add highlights to its own page's article and read where they are and their colours, never
 * a note; notes are read and written only by Lectern's own pages (the editor framed in the reader, the
 * reading list), so the page's DOM never holds one.
 */
export function handleHighlightMessages(): () => void {
  const stopReader = handleMessages<ReaderHighlightsToBackground>(
    {
      getHighlightMarks: async (data, sender) => {
        const { canonicalUrl } = fields(data);
        if (typeof canonicalUrl !== 'string' || !sender.url || !mayClaim(sender.url, canonicalUrl)) return [];
        const article = await findByCanonicalUrl(library(), canonicalUrl);
        return article ? (await listHighlights(library(), article.id)).map(markOf) : [];
      },
      addHighlight: addFromReader,
    },
    isFromOwnContentScript,
  );
  const changed = (sender: Parameters<typeof tellTab>[0]) =>
    tellTab(sender, (tabId) => sendToTab(tabId, 'highlightsChanged', undefined));
  const stopPages = handleMessages<PagesHighlightsToBackground>(
    {
      getHighlight: async (data) => {
        const { id } = fields(data);
        return isId(id) ? ((await library().highlights.get(id)) ?? null) : null;
      },
      getArticleHighlights: (data) => {
        const { articleId } = fields(data);
        return isId(articleId) ? listHighlights(library(), articleId) : [];
      },
      updateHighlight: async (data, sender) => {
        const { id, color, note } = fields(data);
        if (!isId(id) || (color !== undefined && !isHighlightColor(color))) return false;
        if (note !== undefined && !isNote(note)) return false;
        const done = await updateHighlight(library(), id, {
          ...(color ? { color } : {}),
          ...(note !== undefined ? { note } : {}),
        });
        await changed(sender);
        return done !== undefined;
      },
      removeHighlight: async (data, sender) => {
        const { id } = fields(data);
        const removed = isId(id) ? await removeHighlight(library(), id) : undefined;
        await changed(sender);
        return removed ?? null;
      },
      restoreHighlight: async (data, sender) => {
        if (firstBadHighlightField(data) !== null) return false;
        const restored = await restoreHighlight(library(), highlightFields(data as Highlight));
        await changed(sender);
        return restored;
      },
      jumpToHighlight: async (data, sender) => {
        const { id } = fields(data);
        if (isId(id)) await tellTab(sender, (tabId) => sendToTab(tabId, 'showHighlight', { id }));
      },
    },
    isFromExtensionPage,
  );
  return () => {
    stopReader();
    stopPages();
  };
}
