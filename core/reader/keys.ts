import type { KeyAction, KeyMap } from '../settings/settings';

export type ReaderCommand = KeyAction | 'close';

/** Inputs where a typed character is text, not a command. */
const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** Whether `target` takes typed text: keys pressed there belong to the field, never to the reader. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  // `closest` as well: jsdom and some older engines do not compute isContentEditable.
  if (el.isContentEditable || el.closest?.('[contenteditable]:not([contenteditable="false"])')) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).type || 'text').toLowerCase());
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
  isComposing?: boolean;
}

/**
 * The reader command a key press means, or null. Shortcuts with Ctrl, Cmd or Alt are the browser's (Ctrl +
 * zooms), and a key typed into a field or during IME composition is text.
 */
export function commandForKey(event: KeyPress, keys: KeyMap): ReaderCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (isTypingTarget(event.target)) return null;
  if (event.key === 'Escape') return 'close';
  const match = (Object.keys(keys) as KeyAction[]).find(
    (action) => keys[action].toLowerCase() === event.key.toLowerCase(),
  );
  return match ?? null;
}
