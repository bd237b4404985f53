import type { Browser } from 'wxt/browser';
import { t } from '../core/i18n';
import { openShortcutSettings } from './browser-shortcuts';

/**
 * Says plainly which commands have no keys (another extension or the browser took them, or the user
 * cleared them) and offers the way to set them. Shows nothing when every command has keys.
 */
export function ShortcutsMissing({
  commands,
  withButton = true,
}: {
  commands: Browser.commands.Command[] | null;
  /** False where the page already has the button close by (the options page's shortcuts section). */
  withButton?: boolean;
}) {
  const missing = (commands ?? []).filter((command) => !command.shortcut);
  if (missing.length === 0) return null;
  const names = missing.map((command) => command.description || command.name).join(', ');
  return (
    <div class="shortcuts-missing" role="status">
      <p>{t('shortcutsMissing', names)}</p>
      {withButton && (
        <button type="button" onClick={() => void openShortcutSettings()}>
          {t('shortcutsOpen')}
        </button>
      )}
    </div>
  );
}
