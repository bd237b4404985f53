import { browser } from 'wxt/browser';
import { library } from '../../core/library/instance';
import { isValidPayload } from '../../core/library/article-fields';
import { sendToTab, type TabFailure, type TabSaveResult } from '../../core/messaging';
import { askReader, isPageGone, ReaderRefused } from './ask-reader';
import { saveWithPictures } from './keep-pictures';
import { showSaveBadge } from './save-badge';

/** A page closed to extensions, or the reader's own failure (logged unless the page simply went away). */
function reasonOfError(error: unknown): TabFailure {
  if (error instanceof ReaderRefused) return 'restricted';
  if (!isPageGone(error)) console.error('Lectern: the reader failed to extract this tab.', error);
  return 'failed';
}

/**
 * Saves the article of a tab without opening anything (shortcut, page context menu, toolbar popup) and
 * confirms on the toolbar icon: a check mark, or "!" with the reason in its tooltip.
 */
export async function saveTab(tabId: number): Promise<TabSaveResult> {
  let result: TabSaveResult;
  try {
    // The click, shortcut or menu that asked granted activeTab: the reader may be injected if not there.
    const extracted = await askReader(tabId, 'extractForSave', undefined);
    if (!extracted.ok) result = extracted;
    else if (!isValidPayload(extracted.article)) result = { ok: false, reason: 'invalid' };
    else result = await saveWithPictures(library(), extracted.article);
  } catch (error) {
    result = { ok: false, reason: reasonOfError(error) };
  }
  await showSaveBadge(tabId, result);
  if (result.ok) await sendToTab(tabId, 'savedStateChanged', { id: result.id }).catch(() => undefined);
  return result;
}

/** Opens the reading list in a new tab. */
export async function openLibrary(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}
