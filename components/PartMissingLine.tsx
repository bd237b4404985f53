import { t } from '../core/i18n';

interface Props {
  onPick?: () => void;
  onShowOriginal: () => void;
}

/** A quiet line above a possibly incomplete article, with the two ways out. */
export function PartMissingLine({ onPick, onShowOriginal }: Props) {
  return (
    <p class="fix-line" role="note">
      <span>{t('readerMaybeMissing')}</span>
      {onPick && (
        <button type="button" class="fix-action" onClick={onPick}>
          {t('readerPick')}
        </button>
      )}
      <button type="button" class="fix-action" onClick={onShowOriginal}>
        {t('readerShowOriginal')}
      </button>
    </p>
  );
}
