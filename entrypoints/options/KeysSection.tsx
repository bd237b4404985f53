import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { KEY_ACTIONS, type KeyAction, type Settings } from '../../core/settings/settings';
import { KEY_ACTION_LABELS } from '../../components/labels';
import { Section } from './fields';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** The keys that work inside the reader; each is one character, and no two actions share one. */
export function KeysSection({ settings, onChange }: Props) {
  const [problem, setProblem] = useState<string>('');
  const keys = settings.keys;

  const remap = (action: KeyAction, typed: string) => {
    const key = [...typed.trim()].pop();
    if (!key) return;
    const taken = KEY_ACTIONS.find(
      (other) => other !== action && keys[other].toLowerCase() === key.toLowerCase(),
    );
    if (taken) return setProblem(t('keysTaken', [key, t(KEY_ACTION_LABELS[taken])]));
    setProblem('');
    onChange({ keys: { ...keys, [action]: key } });
  };

  return (
    <Section title="groupKeys">
      <p class="hint">{t('keysHint')}</p>
      <div class="key-grid">
        {KEY_ACTIONS.map((action) => (
          <label class="key-field">
            <span>{t(KEY_ACTION_LABELS[action])}</span>
            <input
              type="text"
              class="key-input"
              value={keys[action]}
              maxLength={2}
              autoComplete="off"
              spellcheck={false}
              onInput={(event) => {
                const input = event.currentTarget as HTMLInputElement;
                remap(action, input.value);
                input.value = keys[action];
              }}
            />
          </label>
        ))}
      </div>
      <p class="problem" role="alert">
        {problem}
      </p>
    </Section>
  );
}
