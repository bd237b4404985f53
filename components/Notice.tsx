import { useLayoutEffect } from 'preact/hooks';
import { t, uiDirection } from '../core/i18n';
import { CloseButton } from './CloseButton';

interface Props {
  message: string;
  onDismiss: () => void;
  /** One thing the user can do about it ("Pick the article"). */
  action?: { label: string; onClick: () => void };
}

/** A small, polite notice at the top of the page; it never takes focus from the page. */
export function Notice({ message, onDismiss, action }: Props) {
  // A layout effect, so that Escape works from the moment the notice shows, not a frame later.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onDismiss();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onDismiss]);

  return (
    <div class="notice" dir={uiDirection()} role="status" aria-live="polite">
      <span class="notice-text">{message}</span>
      {action && (
        <button type="button" class="notice-action" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      <CloseButton class="notice-dismiss" label={t('noticeDismiss')} onClick={onDismiss} />
    </div>
  );
}
