import { useEffect, useState } from 'preact/hooks';
import type { Highlight } from '../../core/annotate/highlight';
import { t } from '../../core/i18n';
import { sendToBackground } from '../../core/messaging';
import { HighlightEntry } from '../../components/HighlightEntry';
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
            <HighlightEntry
              key={h.id}
              highlight={h}
              missing={missing.has(h.id)}
              onShow={() => void sendToBackground('jumpToHighlight', { id: h.id })}
            />
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
