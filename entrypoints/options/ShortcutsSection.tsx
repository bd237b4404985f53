import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import { Section } from './fields';

/** Chrome's page for every extension's shortcuts; Firefox has no URL an extension may open for it. */
const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** The extension's browser-wide shortcuts, as the browser has them now, and where to change them. */
export function ShortcutsSection() {
  const [commands, setCommands] = useState<Browser.commands.Command[]>([]);
  useEffect(() => {
    void browser.commands.getAll().then(setCommands);
  }, []);
  const isFirefox = import.meta.env.FIREFOX;
  return (
    <Section title="groupShortcuts">
      <table class="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcutsAction')}</th>
            <th scope="col">{t('shortcutsKeys')}</th>
          </tr>
        </thead>
        <tbody>
          {commands
            .filter((command) => command.name !== '_execute_action')
            .map((command) => (
              <tr>
                <td>{command.description || command.name}</td>
                <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : t('shortcutsNotSet')}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <p class="hint">{t(isFirefox ? 'shortcutsHowFirefox' : 'shortcutsHowChrome')}</p>
      {!isFirefox && (
        <button type="button" onClick={() => void browser.tabs.create({ url: CHROME_SHORTCUTS_URL })}>
          {t('shortcutsOpen')}
        </button>
      )}
    </Section>
  );
}
