import { HIGHLIGHT_COLORS, type HighlightColor } from '../core/annotate/highlight';
import { t } from '../core/i18n';
import { HIGHLIGHT_COLOR_LABELS } from './labels';

interface Props {
  range: Range;
  /** Whether the page is on the reading list; if not, the toolbar says a highlight saves it. */
  saved: boolean;
  onHighlight: (color: HighlightColor, withNote: boolean) => void;
}

/** Four colours and "Add note", above (or below) the selected text. */
export function SelectionToolbar({ range, saved, onHighlight }: Props) {
  const rect = range.getBoundingClientRect();
  const top = rect.top > 64 ? rect.top - 48 : rect.bottom + 8;
  const left = Math.max(8, Math.min(rect.left, innerWidth - 320));
  return (
    <div
      class="selection-toolbar"
      role="toolbar"
      aria-label={t('highlightToolbar')}
      style={{ top: `${top}px`, left: `${left}px` }}
      // The selection must stay while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          type="button"
          class="highlight-color"
          title={t('highlightIn', t(HIGHLIGHT_COLOR_LABELS[color]))}
          aria-label={t('highlightIn', t(HIGHLIGHT_COLOR_LABELS[color]))}
          onClick={() => onHighlight(color, false)}
        >
          <span class="swatch" data-color={color} aria-hidden="true" />
        </button>
      ))}
      <button type="button" onClick={() => onHighlight('yellow', true)}>
        {t('highlightAddNote')}
      </button>
      {!saved && <p class="hint">{t('highlightSavesPage')}</p>}
    </div>
  );
}
