import { RANGES, THEMES, type Settings } from '../settings/settings';
import { validNumber } from '../settings/validate';

/** One step of a number setting up or down, held at its range's ends. */
function stepped(field: 'fontSize' | 'contentWidth', settings: Settings, direction: 1 | -1): number {
  const range = RANGES[field];
  const next = Math.min(range.max, Math.max(range.min, settings[field] + direction * range.step));
  return validNumber(next, range, settings[field]);
}

export const smallerText = (s: Settings): Partial<Settings> => ({ fontSize: stepped('fontSize', s, -1) });
export const largerText = (s: Settings): Partial<Settings> => ({ fontSize: stepped('fontSize', s, 1) });
export const narrower = (s: Settings): Partial<Settings> => ({
  contentWidth: stepped('contentWidth', s, -1),
});
export const wider = (s: Settings): Partial<Settings> => ({ contentWidth: stepped('contentWidth', s, 1) });

/** The theme after the current one, round the list. */
export const nextTheme = (s: Settings): Partial<Settings> => ({
  theme: THEMES[(THEMES.indexOf(s.theme) + 1) % THEMES.length]!,
});
