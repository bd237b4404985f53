import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/settings';

/**
 * The settings a view shows: a change shows at once, before storage answers; a change made anywhere else
 * (options page, another tab) arrives through the `settings` prop and replaces it.
 */
export function useLiveSettings(
  settings: Settings,
  save: (change: Partial<Settings>) => void,
): [Settings, (change: Partial<Settings>) => void] {
  const [shown, setShown] = useState(settings);
  useEffect(() => setShown(settings), [settings]);
  const change = (update: Partial<Settings>) => {
    setShown((current) => ({ ...current, ...update }));
    save(update);
  };
  return [shown, change];
}
