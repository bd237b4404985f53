import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type Theme } from '../../core/settings/settings';
import { sendToBackground } from '../../core/messaging';

/** Closes whichever frame this is (save popup or highlight editor) in the reader around it. */
export const closeFrame = () => void sendToBackground('closeSavePopup', undefined);

/**
 * The frame sits on the reader, so it wears the reader's theme, following a change made while it is open;
 * Escape closes it.
 */
export function useFrameTheme(): Theme {
  const [theme, setTheme] = useState<Theme>('auto');
  useEffect(() => {
    void loadSettings().then((settings) => setTheme(settings.theme));
    const unwatch = watchSettings((settings) => setTheme(settings.theme));
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeFrame();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unwatch();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return theme;
}
