import type { FetchFailure } from '../importers/fetch-outcome';

/**
 * A link of an import waiting for its page to be fetched, one per article (same id). Kept in IndexedDB
 * with the library, so that the queue outlives a browser restart; a failed one keeps its reason.
 */
export interface FetchTask {
  id: string;
  url: string;
  state: 'queued' | 'done' | 'failed';
  reason: FetchFailure | null;
  /** The answer's status code when `reason` is `http-status`. */
  status: number | null;
  attempts: number;
  /** Epoch milliseconds it was queued (again): the queue runs oldest first. */
  queuedAt: number;
}

export const queuedTask = (id: string, url: string, now: number): FetchTask => ({
  id,
  url,
  state: 'queued',
  reason: null,
  status: null,
  attempts: 0,
  queuedAt: now,
});
