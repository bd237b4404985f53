import { useEffect, useState } from 'preact/hooks';
import type { Highlight } from '../../core/annotate/highlight';
import { t } from '../../core/i18n';
import { sendToBackground } from '../../core/messaging';
import { HIGHLIGHT_COLOR_LABELS } from '../../components/labels';
import { closeFrame, useFrameTheme } from './use-frame-theme';

/**
 * The article's highlights in reading order, each with its note and a link that scrolls the reader to it:
 * the way to reach highlights from the keyboard and with a screen reader. One the reader could not find in
 * this version of the page is listed as such, never left out.
 */
export function HighlightList({ articleId, missing }: { articleId: string; missing: ReadonlySet<string> }) {
  const theme = useFrameTheme();
  const [highlights, setHighlights] = useState<Highlight[] | null>(null);
  useEffect(() => {
    void sendToBackground('getArticleHighlights', { articleId }).then(setHighlights);
  }, [articleId]);

  return (
    <div class="reader save-frame-theme" data-theme={theme}>
      <main class="save-frame highlight-list">
        <h1>{t('highlightsPanelTitle')}</h1>
        {highlights?.length === 0 && <p>{t('highlightsNone')}</p>}
        <ol>
          {highlights?.map((h) => (
            <li key={h.id}>
              <blockquote>
                <span
                  class="swatch"
                  data-color={h.color}
                  role="img"
                  aria-label={t(HIGHLIGHT_COLOR_LABELS[h.color])}
                />{' '}
                {h.target.quote.exact}
              </blockquote>
              {h.note && <p class="note">{h.note}</p>}
              {missing.has(h.id) ? (
                <p class="missing">{t('highlightMissing')}</p>
              ) : (
                <button
                  type="button"
                  class="link"
                  onClick={() => void sendToBackground('jumpToHighlight', { id: h.id })}
                >
                  {t('highlightShow')}
                </button>
              )}
            </li>
          ))}
        </ol>
        <div class="actions">
          <span class="spacer" />
          <button type="button" class="primary" onClick={closeFrame}>
            {t('saveDone')}
          </button>
        </div>
      </main>
    </div>
  );
}
