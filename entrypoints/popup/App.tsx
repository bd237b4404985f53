import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useBrowserShortcuts } from '../../components/browser-shortcuts';
import { ShortcutsMissing } from '../../components/ShortcutsMissing';
import { t, type MessageKey } from '../../core/i18n';
import { canonicalUrlOf } from '../../core/library/canonical-url';
import { library } from '../../core/library/instance';
import { findByCanonicalUrl, listArticles } from '../../core/library/library';
import type { ArticleSummary } from '../../core/library/record';
import { SAVE_FAILURE_TITLES } from '../../core/library/save-failure';
import { sendToBackground } from '../../core/messaging';

const libraryUrl = (hash = '') => browser.runtime.getURL('/library.html') + hash;
const openTab = async (url: string) => {
  await browser.tabs.create({ url });
  window.close();
};

/** The toolbar popup: Read and Save for the current tab, the five latest saves, the way to the list. */
export function App() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [recent, setRecent] = useState<ArticleSummary[] | null>(null);
  const shortcuts = useBrowserShortcuts();

  const loadRecent = () => listArticles(library(), { limit: 5 }).then(setRecent, () => setRecent([]));
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([current]) => {
      if (current?.id === undefined) return;
      setTab({ id: current.id, url: current.url ?? '' });
      if (current.url)
        setSaved((await findByCanonicalUrl(library(), canonicalUrlOf(current.url))) !== undefined);
    });
    void loadRecent();
  }, []);

  const read = async () => {
    if (!tab) return;
    await sendToBackground('readTab', { tabId: tab.id });
    window.close();
  };
  const save = async () => {
    if (!tab || busy) return;
    setBusy(true);
    setFailure(null);
    const result = await sendToBackground('saveTab', { tabId: tab.id }).catch(() => null);
    setBusy(false);
    if (result?.ok) {
      setSaved(true);
      void loadRecent();
    } else {
      setFailure(SAVE_FAILURE_TITLES[result?.reason ?? 'unavailable']);
    }
  };

  return (
    <main class="popup">
      <div class="popup-actions">
        <button type="button" class="primary" disabled={!tab} onClick={() => void read()}>
          {t('popupRead')}
        </button>
        <button type="button" disabled={!tab} aria-disabled={busy || undefined} onClick={() => void save()}>
          {t(saved ? 'popupSaved' : 'popupSave')}
        </button>
      </div>
      {failure && (
        <p class="status error" role="alert">
          {t(failure)}
        </p>
      )}
      <ShortcutsMissing commands={shortcuts} />
      <h2>{t('popupRecent')}</h2>
      {recent && recent.length === 0 && <p class="muted">{t('popupEmpty')}</p>}
      <ul class="recent">
        {(recent ?? []).map((article) => (
          <li key={article.id}>
            <a
              href={libraryUrl(`#/article/${article.id}`)}
              onClick={(e) => {
                e.preventDefault();
                void openTab(libraryUrl(`#/article/${article.id}`));
              }}
            >
              {article.title}
            </a>
            <span class="muted">
              {[article.siteName, t('readingTime', String(article.readingMinutes))]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <nav class="popup-links">
        <a
          href={libraryUrl()}
          onClick={(e) => {
            e.preventDefault();
            void openTab(libraryUrl());
          }}
        >
          {t('popupReadingList')}
        </a>
        <button
          type="button"
          onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        >
          {t('popupOptions')}
        </button>
      </nav>
    </main>
  );
}
