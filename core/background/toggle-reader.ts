import { browser } from 'wxt/browser';
import { sendToTab, type ToggleOutcome } from '../messaging';
import { markRestricted, clearTabBadge } from './tab-badge';

/** The bundle path WXT gives the `reader.content` entrypoint. */
export const READER_SCRIPT = '/content-scripts/reader.js';

export type TabOutcome = ToggleOutcome | 'restricted';

/**
 * Chromium passes the click's activeTab grant on to the page's renderer a moment after `action.onClicked`
 * fires, and an injection that gets there first is refused with this message although the page is open to
 * us (about one first click in thirty in the end-to-end tests on a busy machine: a "!" badge and no reader).
 * Such a refusal is retried after a short wait; closed pages (chrome://, the web store) fail differently.
 */
const GRANT_NOT_YET_ARRIVED = /Cannot access contents of the page/;
const INJECT_RETRY_MS = [50, 200, 500];

export async function injectReader(tabId: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
      return;
    } catch (error) {
      const wait = INJECT_RETRY_MS[attempt];
      if (wait === undefined || !GRANT_NOT_YET_ARRIVED.test(String((error as Error)?.message))) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function sendToggle(tabId: number): Promise<ToggleOutcome> {
  try {
    return await sendToTab(tabId, 'toggleReader', undefined);
  } catch {
    // No reader in this tab yet (or an orphan from a previous version): inject it, then ask again.
    await injectReader(tabId);
    return await sendToTab(tabId, 'toggleReader', undefined);
  }
}

async function toggleNow(tabId: number): Promise<TabOutcome> {
  let outcome: TabOutcome;
  try {
    outcome = await sendToggle(tabId);
  } catch {
    // Browser pages, the web store and the PDF viewer refuse injection; so does a tab that closed meanwhile.
    outcome = 'restricted';
  }
  if (outcome === 'restricted') await markRestricted(tabId);
  else if (outcome === 'unsupported-document') await markRestricted(tabId, 'unsupportedTitle');
  else await clearTabBadge(tabId);
  return outcome;
}

const pending = new Map<number, Promise<TabOutcome>>();

/**
 * Toggles the reader in a tab. Toggles for the same tab run one after another, so rapid clicks can never
 * inject twice or leave two overlays.
 */
export function toggleReader(tabId: number): Promise<TabOutcome> {
  const previous = pending.get(tabId) ?? Promise.resolve<TabOutcome>('closed');
  const next = previous.catch(() => 'closed' as const).then(() => toggleNow(tabId));
  pending.set(tabId, next);
  void next.finally(() => {
    if (pending.get(tabId) === next) pending.delete(tabId);
  });
  return next;
}
