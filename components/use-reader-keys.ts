import { largerText, narrower, nextTheme, smallerText, wider } from '../core/reader/adjust';
import { commandForKey } from '../core/reader/keys';
import type { KeyAction, Settings } from '../core/settings/settings';
import type { SettingsChange } from './use-live-settings';

const ADJUSTMENTS: Record<Exclude<KeyAction, 'help' | 'highlight'>, (s: Settings) => Partial<Settings>> = {
  smaller: smallerText,
  larger: largerText,
  narrower,
  wider,
  nextTheme,
};

/**
 * The reader's keydown handler. Escape is left to the dialog's own `cancel` event; everything else the
 * user mapped in settings is handled here, and never while the user types in a field.
 */
export function readerKeyHandler(
  settings: Settings,
  onChange: (change: SettingsChange) => void,
  onToggleHelp: () => void,
  onHighlight: () => void = () => {},
): (event: KeyboardEvent) => void {
  return (event) => {
    const command = commandForKey(event, settings.keys);
    if (command === null || command === 'close') return;
    event.preventDefault();
    if (command === 'help') onToggleHelp();
    else if (command === 'highlight') onHighlight();
    else onChange((current) => ADJUSTMENTS[command](current));
  };
}
