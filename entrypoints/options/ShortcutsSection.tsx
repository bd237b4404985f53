import { openShortcutSettings, useBrowserShortcuts } from '../../components/browser-shortcuts';
import { ShortcutsMissing } from '../../components/ShortcutsMissing';
import { t } from '../../core/i18n';
import { Section } from './fields';

/** The extension's browser-wide shortcuts, as the browser has them now, and where to change them. */
export function ShortcutsSection() {
  const commands = useBrowserShortcuts();
  return (
    <Section title="groupShortcuts">
      <ShortcutsMissing commands={commands} withButton={false} />
      <table class="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcutsAction')}</th>
            <th scope="col">{t('shortcutsKeys')}</th>
          </tr>
        </thead>
        <tbody>
          {(commands ?? []).map((command) => (
            <tr key={command.name}>
              <td>{command.description || command.name}</td>
              <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : t('shortcutsNotSet')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t('shortcutsHow')}</p>
      <button type="button" onClick={() => void openShortcutSettings()}>
        {t('shortcutsOpen')}
      </button>
    </Section>
  );
}
