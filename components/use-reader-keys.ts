import { largerText, narrower, nextTheme, smallerText, wider } from '../core/reader/adjust';
import { commandForKey } from '../core/reader/keys';
import type { KeyAction, Settings } from '../core/settings/settings';
import type { SettingsChange } from './use-live-settings';

/** Keys for read aloud, handled by its own controls: Listen (play or pause), previous and next sentence. */
export type SpeechKey = 'toggle' | 'previous' | 'next';
const SPEECH_KEYS: Partial<Record<KeyAction, SpeechKey>> = {
  listen: 'toggle',
  previousSentence: 'previous',
  nextSentence: 'next',
};

const ADJUSTMENTS: Record<
  Exclude<KeyAction, 'help' | 'listen' | 'previousSentence' | 'nextSentence' | 'highlight'>,
  (s: Settings) => Partial<Settings>
> = {
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
  onSpeech: (key: SpeechKey) => void = () => undefined,
  onHighlight: () => void = () => {},
): (event: KeyboardEvent) => void {
  return (event) => {
    const command = commandForKey(event, settings.keys);
    if (command === null || command === 'close') return;
    event.preventDefault();
    const speech = SPEECH_KEYS[command];
    if (command === 'help') onToggleHelp();
    else if (command === 'highlight') onHighlight();
    else if (speech) onSpeech(speech);
    else if (command in ADJUSTMENTS)
      onChange((current) => ADJUSTMENTS[command as keyof typeof ADJUSTMENTS](current));
  };
}
