import type { FetchFailure } from '../importers/fetch-outcome';
import type { QueueCounts } from './fetched-article';

export interface FailedLink {
  url: string;
  reason: FetchFailure;
  status: number | null;
}

/** What the reading list shows of an import's fetching. */
export interface ImportProgress extends QueueCounts {
  /** The links being fetched now. */
  current: string[];
  paused: boolean;
  /** Whether Lectern may read the sites (the optional host permission is granted). */
  permitted: boolean;
  /** Estimated from this run's pace; null until a link has finished. */
  msLeft: number | null;
  /** The first failed links, with their reasons, for the summary. */
  failures: FailedLink[];
}
