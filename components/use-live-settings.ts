import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/settings';

/** A change, or a function of the latest settings (for steps such as "one size larger"). */
export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/**
 * The settings a view shows: a change shows at once, before storage answers; a change made anywhere else
 * (options page, another tab) arrives through the `settings` prop. Steps are computed from the latest
 * change, not the last render, so two quick key presses make two steps. A local change stays shown until
 * storage echoes it back: settings that arrive meanwhile (an earlier write of ours, or another field changed
 * elsewhere) must not take a step back (a lost text-size step seen under load in the end-to-end keys test).
 */
export function useLiveSettings(
  settings: Settings,
  save: (change: Partial<Settings>) => void,
): [Settings, (change: SettingsChange) => void] {
  const unsaved = useRef<Partial<Settings>>({});
  const latest = useRef(settings);
  const [shown, setShown] = useState(settings);
  useEffect(() => {
    const pending: Record<string, unknown> = { ...unsaved.current };
    for (const key of Object.keys(pending)) {
      if (settings[key as keyof Settings] === pending[key]) delete pending[key];
    }
    unsaved.current = pending as Partial<Settings>;
    latest.current = { ...settings, ...unsaved.current };
    setShown(latest.current);
  }, [settings]);
  const change = (update: SettingsChange) => {
    const partial = typeof update === 'function' ? update(latest.current) : update;
    unsaved.current = { ...unsaved.current, ...partial };
    latest.current = { ...latest.current, ...partial };
    setShown(latest.current);
    save(partial);
  };
  return [shown, change];
}
