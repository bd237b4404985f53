import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, uiDirection } from '../core/i18n';

export interface PickerView {
  /** Where the outline goes, in viewport pixels; null when nothing is under the pointer or the keys. */
  rect: { top: number; left: number; width: number; height: number } | null;
  /** What is outlined, or why it cannot be chosen: read out through the live region. */
  status: string;
}

interface Props extends PickerView {
  onChoose: () => void;
  onCancel: () => void;
}

/**
 * The picker's outline and panel. The panel takes focus so that a screen reader starts in it; the keys
 * themselves are handled on the window by the picker (they must not reach the page).
 */
export function ArticlePicker({ rect, status, onChoose, onCancel }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => panel.current?.focus({ preventScroll: true }), []);
  return (
    <div dir={uiDirection()}>
      {rect && (
        <div
          class="pick-outline"
          // Preact 11 no longer adds units to numbers.
          style={{
            top: `${rect.top}px`,
            left: `${rect.left}px`,
            width: `${rect.width}px`,
            height: `${rect.height}px`,
          }}
        />
      )}
      <div
        ref={panel}
        class="pick-panel"
        role="dialog"
        aria-labelledby="lectern-pick-title"
        aria-describedby="lectern-pick-help"
        tabIndex={-1}
      >
        <p id="lectern-pick-title" class="pick-title">
          {t('pickTitle')}
        </p>
        <p id="lectern-pick-help" class="pick-help">
          {t('pickHelp')}
        </p>
        <p class="pick-current" role="status" aria-live="polite">
          {status}
        </p>
        <div class="pick-actions">
          <button type="button" onClick={onCancel}>
            {t('pickCancel')}
          </button>
          <button type="button" class="primary" onClick={onChoose} disabled={!rect}>
            {t('pickChoose')}
          </button>
        </div>
      </div>
    </div>
  );
}
