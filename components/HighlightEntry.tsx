import type { Highlight } from '../core/annotate/highlight';
import { t } from '../core/i18n';
import { HIGHLIGHT_COLOR_LABELS } from './labels';

/**
 * One highlight in a list (the reader's highlights panel, the saved copy's list): its colour, its quote, its
 * note as plain text, and a link to it, or "not found in this version" for one that could not be placed.
 */
export function HighlightEntry({
  highlight,
  missing,
  onShow,
}: {
  highlight: Highlight;
  missing: boolean;
  onShow: () => void;
}) {
  return (
    <li>
      <blockquote>
        <span
          class="swatch"
          data-color={highlight.color}
          role="img"
          aria-label={t(HIGHLIGHT_COLOR_LABELS[highlight.color])}
        />{' '}
        {highlight.target.quote.exact}
      </blockquote>
      {highlight.note && <p class="note">{highlight.note}</p>}
      {missing ? (
        <p class="missing">{t('highlightMissing')}</p>
      ) : (
        <button type="button" class="link" onClick={onShow}>
          {t('highlightShow')}
        </button>
      )}
    </li>
  );
}
