import { t } from '../core/i18n';

interface Props {
  count: number;
  onUndo: () => void;
  onDone: () => void;
}

/** Shown while removing blocks: what to do, how many went, Undo and Done. */
export function RemoveBar({ count, onUndo, onDone }: Props) {
  return (
    <div class="remove-bar" role="region" aria-label={t('removeMode')}>
      <span>{t('removeHint')}</span>
      <span role="status" aria-live="polite">
        {count > 0 ? t('removeCount', String(count)) : ''}
      </span>
      <button type="button" class="fix-action" onClick={onUndo} disabled={count === 0}>
        {t('removeUndo')}
      </button>
      <button type="button" class="fix-action" onClick={onDone}>
        {t('removeDone')}
      </button>
    </div>
  );
}
