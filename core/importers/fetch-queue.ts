import type { LibraryDb } from '../library/db';
import { recordFetched } from '../library/fetched-article';
import type { FetchTask } from '../library/fetch-task';
import type { FetchOutcome } from './fetch-outcome';

export interface QueueLimits {
  /** Requests at once. */
  concurrency: number;
  /** Time between two requests to one site: a reading list of one blog must not hammer it. */
  perSiteMs: number;
}

export const QUEUE_LIMITS: QueueLimits = { concurrency: 4, perSiteMs: 1000 };

export interface QueueEnvironment {
  fetchPage(url: string): Promise<FetchOutcome>;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** After every finished link, for the progress view. */
  onProgress?(): void;
}

const siteOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * Fetches the queued links of the library's `fetchQueue`, oldest first, at most `concurrency` at once and
 * one request per site per `perSiteMs`; each outcome is written as it arrives, so a restart goes on with
 * what is left. `stop()` lets the requests in flight finish and starts no more.
 */
export class FetchQueue {
  private running: Promise<void> | null = null;
  private stopping = false;
  private again = false;
  private readonly lastStart = new Map<string, number>();
  private readonly busySites = new Set<string>();
  /** The links being fetched now. */
  readonly current = new Set<string>();
  private finishedSince = 0;
  private startedAt = 0;

  constructor(
    private readonly db: LibraryDb,
    private readonly env: QueueEnvironment,
    private readonly limits: QueueLimits = QUEUE_LIMITS,
  ) {}

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Runs until the queue is empty or stopped; a second call while running picks up newly queued links. */
  run(): Promise<void> {
    this.stopping = false;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.startedAt = this.env.now();
    this.finishedSince = 0;
    this.running = this.drain().finally(() => (this.running = null));
    return this.running;
  }

  stop(): Promise<void> {
    this.stopping = true;
    return this.running ?? Promise.resolve();
  }

  /** Milliseconds per link so far in this run, for the time left; null before the first one. */
  msPerLink(): number | null {
    return this.finishedSince > 0 ? (this.env.now() - this.startedAt) / this.finishedSince : null;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      const tasks = await this.db.fetchQueue.where('state').equals('queued').sortBy('queuedAt');
      const bySite = new Map<string, FetchTask[]>();
      for (const task of tasks) {
        const site = siteOf(task.url);
        bySite.set(site, [...(bySite.get(site) ?? []), task]);
      }
      const workers = Array.from({ length: this.limits.concurrency }, () => this.work(bySite));
      await Promise.all(workers);
    } while (this.again && !this.stopping);
  }

  /** The next link whose site may be asked now, or how long to wait for one; null when none is left. */
  private next(bySite: Map<string, FetchTask[]>): { task: FetchTask; site: string } | number | null {
    let wait = Infinity;
    const now = this.env.now();
    for (const [site, tasks] of bySite) {
      if (tasks.length === 0) {
        bySite.delete(site);
        continue;
      }
      const readyIn = this.busySites.has(site)
        ? 50
        : (this.lastStart.get(site) ?? -Infinity) + this.limits.perSiteMs - now;
      if (readyIn <= 0) {
        // Round robin: this site goes to the back, so one big site does not hold the others up.
        bySite.delete(site);
        bySite.set(site, tasks);
        return { task: tasks.shift()!, site };
      }
      wait = Math.min(wait, readyIn);
    }
    return bySite.size === 0 ? null : Math.max(10, Math.min(wait, 1000));
  }

  private async work(bySite: Map<string, FetchTask[]>): Promise<void> {
    while (!this.stopping) {
      const next = this.next(bySite);
      if (next === null) return;
      if (typeof next === 'number') {
        await this.env.sleep(next);
        continue;
      }
      const { task, site } = next;
      this.busySites.add(site);
      this.lastStart.set(site, this.env.now());
      this.current.add(task.url);
      try {
        const outcome = await this.env
          .fetchPage(task.url)
          .catch(() => ({ ok: false, reason: 'network' }) as const);
        await recordFetched(this.db, task.id, outcome, this.env.now());
      } finally {
        this.current.delete(task.url);
        this.busySites.delete(site);
      }
      this.finishedSince++;
      this.env.onProgress?.();
    }
  }
}
