import { browser } from 'wxt/browser';
import { saveArticle } from '../library/library';
import { library } from '../library/instance';
import { isValidPayload } from '../library/valid-payload';
import type { SaveResult } from '../library/record';
import { sendToTab, type ExtractFailure } from '../messaging';
import { injectReader } from './toggle-reader';
import { showSaveBadge } from './save-badge';

export type TabSaveResult = SaveResult | { ok: false; reason: ExtractFailure | 'restricted' };

async function extractFromTab(tabId: number) {
  try {
    return await sendToTab(tabId, 'extractForSave', undefined);
  } catch {
    // No reader script in this tab yet: inject it (the click or shortcut granted activeTab), then ask again.
    await injectReader(tabId);
    return await sendToTab(tabId, 'extractForSave', undefined);
  }
}

/**
 * Saves the article of a tab without opening anything (shortcut, page context menu, toolbar popup) and
 * confirms on the toolbar icon: a check mark, or "!" with the reason in its tooltip.
 */
export async function saveTab(tabId: number): Promise<TabSaveResult> {
  let result: TabSaveResult;
  try {
    const extracted = await extractFromTab(tabId);
    if (!extracted.ok) result = extracted;
    else if (!isValidPayload(extracted.article)) result = { ok: false, reason: 'invalid' };
    else result = await saveArticle(library(), extracted.article);
  } catch {
    result = { ok: false, reason: 'restricted' };
  }
  await showSaveBadge(tabId, result);
  if (result.ok) await sendToTab(tabId, 'savedStateChanged', { id: result.id }).catch(() => undefined);
  return result;
}

/** Opens the reading list in a new tab. */
export async function openLibrary(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}
