import type { Settings } from './schema';

export interface ChangeBatch {
  /** Queues a change; changes that come in quick succession are saved as one. */
  change(change: Partial<Settings>): void;
  /** Saves whatever is queued now (before a page or the reader goes away). */
  flush(): void;
}

/**
 * Dragging a slider or holding `+` makes dozens of changes a second, and the sync area allows 120 writes a
 * minute (chrome.storage.sync.MAX_WRITE_OPERATIONS_PER_MINUTE): the view shows each change at once, the
 * storage gets one write per pause.
 */
export function batchChanges(save: (change: Partial<Settings>) => unknown, waitMs = 250): ChangeBatch {
  let pending: Partial<Settings> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const change = pending;
    pending = null;
    save(change);
  };
  return {
    change(change) {
      pending = { ...pending, ...change };
      clearTimeout(timer);
      timer = setTimeout(flush, waitMs);
    },
    flush,
  };
}
