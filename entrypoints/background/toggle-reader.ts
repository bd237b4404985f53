import type { TabFailure, ToggleOutcome } from '../../core/messaging';
import { isPageGone, ReaderRefused, toggleInTab } from './ask-reader';
import { markRestricted, clearTabBadge } from './tab-badge';

export type TabOutcome = ToggleOutcome | TabFailure;

async function toggleNow(tabId: number): Promise<TabOutcome> {
  let outcome: TabOutcome;
  try {
    outcome = await toggleInTab(tabId);
  } catch (error) {
    outcome = outcomeOfError(error);
  }
  if (outcome === 'restricted') await markRestricted(tabId);
  else if (outcome === 'unsupported-document') await markRestricted(tabId, 'unsupportedTitle');
  else if (outcome === 'failed') await markRestricted(tabId, 'readerFailedTitle');
  else await clearTabBadge(tabId);
  return outcome;
}

/**
 * Browser pages, the web store and the PDF viewer refuse the reader; a page that closed or moved on while
 * it answered leaves nothing to say; anything else is the reader's own failure, said as such and logged.
 */
function outcomeOfError(error: unknown): TabOutcome {
  if (error instanceof ReaderRefused) return 'restricted';
  if (isPageGone(error)) return 'closed';
  console.error('Lectern: the reader failed in this tab.', error);
  return 'failed';
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
