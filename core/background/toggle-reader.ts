import { browser } from 'wxt/browser';
import { sendToTab, type ToggleOutcome } from '../messaging';
import { markRestricted, clearTabBadge } from './tab-badge';

/** The bundle path WXT gives the `reader.content` entrypoint. */
export const READER_SCRIPT = '/content-scripts/reader.js';

export type TabOutcome = ToggleOutcome | 'restricted';

async function sendToggle(tabId: number): Promise<ToggleOutcome> {
  try {
    return await sendToTab(tabId, 'toggleReader', undefined);
  } catch {
    // No reader in this tab yet (or an orphan from a previous version): inject it, then ask again.
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
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
  if (outcome === 'restricted' || outcome === 'unsupported-document') await markRestricted(tabId);
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
