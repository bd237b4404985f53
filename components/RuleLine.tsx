import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../core/i18n';
import type { RememberOutcome, SiteRuleChannel } from '../core/settings/site-rules';

interface Props {
  /** `picked`: the user just picked; `applied`: the site's rule chose; `missing`: the rule found nothing. */
  kind: 'picked' | 'applied' | 'missing';
  channel: SiteRuleChannel;
  onPick?: () => void;
}

const AFTER: Record<RememberOutcome | 'forgotten', MessageKey> = {
  saved: 'ruleRemembered',
  unnamed: 'ruleUnnamed',
  failed: 'ruleStoreFailed',
  forgotten: 'ruleForgotten',
};

/** A quiet line above the article about the part shown: picked, chosen by the site's rule, or not found. */
export function RuleLine({ kind, channel, onPick }: Props) {
  const [done, setDone] = useState<RememberOutcome | 'forgotten' | null>(null);
  const { host } = channel;
  const text: Record<Props['kind'], string> = {
    picked: t('readerPicked'),
    applied: t('ruleApplied', host),
    missing: t('ruleMissing', host),
  };
  return (
    <div class="fix-line" role="note">
      <span>{text[kind]}</span>
      {kind === 'picked' && done !== 'saved' && (
        <button type="button" class="fix-action" onClick={() => void channel.remember().then(setDone)}>
          {t('ruleRemember', host)}
        </button>
      )}
      {kind !== 'picked' && onPick && (
        <button type="button" class="fix-action" onClick={onPick}>
          {t('readerPick')}
        </button>
      )}
      {kind === 'applied' && done !== 'forgotten' && (
        <button
          type="button"
          class="fix-action"
          onClick={() => void channel.forget().then(() => setDone('forgotten'))}
        >
          {t('ruleForget')}
        </button>
      )}
      <span role="status">{done ? t(AFTER[done], host) : ''}</span>
    </div>
  );
}
