import { useEffect, useRef } from 'preact/hooks';
import { t } from '../core/i18n';
import { KEY_ACTIONS, type KeyMap } from '../core/settings/settings';
import { KEY_ACTION_LABELS } from './labels';
import { CloseButton } from './CloseButton';

interface Props {
  keys: KeyMap;
  onClose: () => void;
}

/** The reader's keys, as the user has mapped them. Takes focus when it opens, so that it is read out. */
export function HelpPanel({ keys, onClose }: Props) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    // Focus goes back where it was (the ? button, or the reader) when the panel closes.
    const root = panel.current?.getRootNode() as Document | ShadowRoot | undefined;
    const previous = root?.activeElement as HTMLElement | null | undefined;
    panel.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return (
    <section
      ref={panel}
      id="lectern-reader-help"
      class="help"
      role="region"
      aria-labelledby="lectern-reader-help-title"
      tabIndex={-1}
    >
      <div class="help-header">
        <h2 id="lectern-reader-help-title" class="help-title">
          {t('helpTitle')}
        </h2>
        <CloseButton class="control" label={t('helpClose')} onClick={onClose} />
      </div>
      <dl class="help-keys">
        {KEY_ACTIONS.map((action) => (
          <div class="help-key">
            <dt>
              <kbd>{keys[action]}</kbd>
            </dt>
            <dd>{t(KEY_ACTION_LABELS[action])}</dd>
          </div>
        ))}
        <div class="help-key">
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>{t('keyClose')}</dd>
        </div>
      </dl>
      <p class="help-note">{t('helpNote')}</p>
    </section>
  );
}
