import type { ComponentChildren } from 'preact';
import type { Highlight } from '../core/annotate/highlight';
import { t } from '../core/i18n';
import { HIGHLIGHT_COLOR_LABELS } from './labels';

/**
 * One highlight in a list (the reader's highlights panel, the saved copy's list, the reading list's
 * Highlights view): its colour, its quote, its note as plain text, and a way to it (a button that scrolls
 * there, or a link to the article opened at it), or "not found in this version" for one that could not be
 * placed. `children` go under the quote: where it is from, when it was made.
 */
export function HighlightEntry({
  highlight,
  missing,
  onShow,
  href,
  children,
}: {
  highlight: Highlight;
  missing: boolean;
  onShow?: () => void;
  href?: string;
  children?: ComponentChildren;
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
      {children}
      {missing ? (
        <p class="missing">{t('highlightMissing')}</p>
      ) : href !== undefined ? (
        <a class="link" href={href}>
          {t('highlightShow')}
        </a>
      ) : (
        <button type="button" class="link" onClick={onShow}>
          {t('highlightShow')}
        </button>
      )}
    </li>
  );
}
