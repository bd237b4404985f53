import { browser } from 'wxt/browser';
import { FetchQueue } from '../../core/importers/fetch-queue';
import { clearFinished, dropQueued, queueCounts, requeueFailed } from '../../core/library/fetched-article';
import type { FailedLink, ImportProgress } from '../../core/library/import-progress';
import { library } from '../../core/library/instance';
import { handleMessages, isFromExtensionPage, type ImportToBackground } from '../../core/messaging';
import { SITE_ACCESS } from '../../core/importers/site-access';
import { closeOffscreen, fetchPageForImport } from './page-fetcher';
import { traceFailure } from './trace';

/** Kept in local storage, so that a paused import stays paused after a restart. */
const PAUSED_KEY = 'importPaused';

const queue = new FetchQueue(library(), {
  fetchPage: fetchPageForImport,
  now: () => Date.now(),
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
});

const isPaused = async () => (await browser.storage.local.get(PAUSED_KEY))[PAUSED_KEY] === true;
const setPaused = (paused: boolean) => browser.storage.local.set({ [PAUSED_KEY]: paused });
const isPermitted = () => browser.permissions.contains(SITE_ACCESS);

async function failures(): Promise<FailedLink[]> {
  const failed = await library().fetchQueue.where('state').equals('failed').limit(100).toArray();
  return failed.map(({ url, reason, status }) => ({ url, reason: reason ?? 'network', status }));
}

async function progress(): Promise<ImportProgress> {
  const counts = await queueCounts(library());
  const perLink = queue.msPerLink();
  return {
    ...counts,
    current: Array.from(queue.current),
    paused: await isPaused(),
    permitted: await isPermitted(),
    msLeft: perLink === null || counts.left === 0 ? null : Math.round(perLink * counts.left),
    failures: counts.failed > 0 ? await failures() : [],
  };
}

/** Runs the queue when there is something to fetch, it is not paused and Lectern may read the sites. */
async function resume(): Promise<void> {
  if ((await isPaused()) || !(await isPermitted())) return;
  // Running already: run() picks up the links queued since it started.
  if (queue.isRunning) return queue.run();
  if ((await queueCounts(library())).left === 0) return;
  await queue.run();
  await closeOffscreen();
}

const resumeInBackground = () => void resume().catch(traceFailure('fetching imported links'));

/**
 * The background's part in imports: the reading list's buttons for the fetch queue, and the queue itself,
 * which goes on by itself whenever the background starts (after a browser restart too).
 */
export function startImportQueue(): void {
  handleMessages<ImportToBackground>(
    {
      importProgress: progress,
      startFetching: async () => {
        await setPaused(false);
        resumeInBackground();
        return progress();
      },
      pauseFetching: async () => {
        await setPaused(true);
        await queue.stop();
        return progress();
      },
      cancelFetching: async () => {
        await queue.stop();
        await dropQueued(library());
        await setPaused(false);
        return progress();
      },
      retryFailed: async () => {
        await requeueFailed(library());
        await setPaused(false);
        resumeInBackground();
        return progress();
      },
      dismissImport: async () => {
        await clearFinished(library());
        return progress();
      },
    },
    isFromExtensionPage,
  );
  browser.permissions.onAdded.addListener(resumeInBackground);
  resumeInBackground();
}
