import { useEffect, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { library } from '../../core/library/instance';
import { restoreArticle, type RemovedArticle } from '../../core/library/library';
import { ArticlePage } from './ArticlePage';
import { HighlightsView } from './HighlightsView';
import { ListView } from './ListView';
import { useRoute } from './use-route';

const UNDO_MS = 10_000;

/** The reading list page: the list, every highlight, or one article; a deletion can be undone for a few seconds. */
export function App() {
  const route = useRoute();
  const [deleted, setDeleted] = useState<RemovedArticle | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const undo = async () => {
    if (!deleted) return;
    await restoreArticle(library(), deleted);
    setDeleted(null);
    setGeneration((n) => n + 1);
  };

  return (
    <>
      {route.page === 'article' ? (
        <ArticlePage
          key={route.id}
          id={route.id}
          highlight={route.highlight}
          onDeleted={(article) => {
            setDeleted(article);
            location.hash = '#/';
          }}
        />
      ) : route.page === 'highlights' ? (
        <HighlightsView />
      ) : (
        <ListView reload={generation} />
      )}
      <div class="toast-area" role="status" aria-live="polite">
        {deleted && (
          <div class="toast">
            <span>{t('articleDeleted')}</span>
            <button type="button" onClick={() => void undo()}>
              {t('undo')}
            </button>
          </div>
        )}
      </div>
    </>
  );
}
