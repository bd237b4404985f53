import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/settings';

/** A change, or a function of the latest settings (for steps such as "one size larger"). */
export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/**
 * The settings a view shows: a change shows at once, before storage answers; a change made anywhere else
 * (options page, another tab) arrives through the `settings` prop and replaces it. Steps are computed from
 * the latest change, not the last render, so two quick key presses make two steps.
 */
export function useLiveSettings(
  settings: Settings,
  save: (change: Partial<Settings>) => void,
): [Settings, (change: SettingsChange) => void] {
  const latest = useRef(settings);
  const [shown, setShown] = useState(settings);
  useEffect(() => {
    latest.current = settings;
    setShown(settings);
  }, [settings]);
  const change = (update: SettingsChange) => {
    const partial = typeof update === 'function' ? update(latest.current) : update;
    latest.current = { ...latest.current, ...partial };
    setShown(latest.current);
    save(partial);
  };
  return [shown, change];
}
