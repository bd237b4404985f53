import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import { SITE_ACCESS } from '../../core/importers/site-access';
import type { ImportProgress as Progress } from '../../core/library/import-progress';
import { sendToBackground } from '../../core/messaging';
import { fetchFailureText } from './import-texts';

const POLL_MS = 1000;

function Summary({
  progress,
  act,
}: {
  progress: Progress;
  act: (name: 'retryFailed' | 'dismissImport') => void;
}) {
  return (
    <>
      <p role="status">{t('fetchSummary', [String(progress.done), String(progress.failed)])}</p>
      {progress.failures.length > 0 && (
        <details>
          <summary>{t('fetchFailures')}</summary>
          <ul class="fetch-failures">
            {progress.failures.map((failure) => (
              <li key={failure.url}>
                <span class="fetch-url">{failure.url}</span>:{' '}
                {fetchFailureText(failure.reason, failure.status)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="import-buttons">
        {progress.failed > 0 && (
          <button type="button" onClick={() => act('retryFailed')}>
            {t('fetchRetry')}
          </button>
        )}
        <button type="button" onClick={() => act('dismissImport')}>
          {t('fetchDismiss')}
        </button>
      </div>
    </>
  );
}

/**
 * The import's fetching on the reading list: the permission asked for with its reason, then done / failed /
 * left, the link being read and the time left, pause and cancel; a summary with the failures at the end.
 * `started` changes when an import has queued links, to ask and show at once.
 */
export function ImportProgress({ started, onFetched }: { started: number; onFetched: () => void }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notNow, setNotNow] = useState(false);

  useEffect(() => {
    let stopped = false;
    let lastDone = -1;
    const poll = async () => {
      const next = await sendToBackground('importProgress', undefined);
      if (stopped) return;
      setProgress(next);
      if (next.done !== lastDone && lastDone >= 0) onFetched();
      lastDone = next.done;
      // Nothing imported and nothing started: no need to keep asking (an import starts it again).
      if (started === 0 && next.done + next.failed + next.left === 0) clearInterval(timer);
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [started]);

  useEffect(() => {
    setNotNow(false);
    // A new import's links are fetched at once when site access was given before.
    if (started > 0) {
      void browser.permissions.contains(SITE_ACCESS).then((granted) => granted && act('startFetching'));
    }
  }, [started]);

  const act = (
    name: 'startFetching' | 'pauseFetching' | 'cancelFetching' | 'retryFailed' | 'dismissImport',
  ) => void sendToBackground(name, undefined).then(setProgress);

  // Asked in the click's own task: the browser shows its prompt only for a user's gesture.
  const allow = () =>
    void browser.permissions.request(SITE_ACCESS).then((granted) => {
      if (granted) act('startFetching');
      else setNotNow(true);
    });

  if (!progress || progress.done + progress.failed + progress.left === 0) return null;
  if (progress.left > 0 && !progress.permitted) {
    if (notNow) return null;
    return (
      <section class="import-panel" aria-labelledby="fetch-ask-title">
        <h2 id="fetch-ask-title">{t('fetchAskTitle', String(progress.left))}</h2>
        <p>{t('fetchAskReason')}</p>
        <div class="import-buttons">
          <button type="button" onClick={allow}>
            {t('fetchAllow')}
          </button>
          <button type="button" onClick={() => setNotNow(true)}>
            {t('fetchNotNow')}
          </button>
        </div>
      </section>
    );
  }
  const total = progress.done + progress.failed + progress.left;
  return (
    <section class="import-panel" aria-labelledby="fetch-progress-title">
      <h2 id="fetch-progress-title">{t('fetchProgressTitle')}</h2>
      {progress.left === 0 ? (
        <Summary progress={progress} act={act} />
      ) : (
        <>
          <progress
            max={total}
            value={progress.done + progress.failed}
            aria-labelledby="fetch-progress-title"
          />
          <p class="fetch-counts">
            {t('fetchCounts', [String(progress.done), String(progress.failed), String(progress.left)])}
            {progress.msLeft !== null &&
              ` · ${t('fetchTimeLeft', String(Math.max(1, Math.round(progress.msLeft / 60_000))))}`}
          </p>
          <p class="fetch-current">
            {progress.paused
              ? t('fetchPaused')
              : progress.current[0] && t('fetchCurrent', progress.current[0])}
          </p>
          <div class="import-buttons">
            <button type="button" onClick={() => act(progress.paused ? 'startFetching' : 'pauseFetching')}>
              {progress.paused ? t('fetchResume') : t('fetchPause')}
            </button>
            <button type="button" onClick={() => act('cancelFetching')}>
              {t('fetchCancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
