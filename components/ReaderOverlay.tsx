import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../core/extract';
import { t } from '../core/i18n';
import { THEMES, type Settings, type Theme } from '../core/settings/settings';
import { ArticleView } from './ArticleView';

interface Props {
  article: Article;
  settings: Settings;
  onClose: () => void;
  onThemeChange: (theme: Theme) => void;
}

const THEME_LABELS = {
  auto: 'themeAuto',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
} as const;

/**
 * The reader: a modal <dialog> in the top layer. `showModal()` makes the page beneath inert to keyboard and
 * assistive technology and keeps focus inside, without writing anything to the page's own nodes.
 */
export function ReaderOverlay({ article, settings, onClose, onThemeChange }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [theme, setTheme] = useState(settings.theme);
  useEffect(() => setTheme(settings.theme), [settings.theme]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    el.showModal();
    el.focus();
    return () => el.close();
  }, []);

  const onCancel = (event: Event) => {
    // Escape: close through the session so the page is restored, not just the dialog hidden.
    event.preventDefault();
    onClose();
  };

  const chooseTheme = (next: Theme) => {
    setTheme(next);
    onThemeChange(next);
  };

  return (
    <dialog
      ref={dialog}
      class="reader"
      data-theme={theme}
      aria-modal="true"
      aria-labelledby="lectern-reader-title"
      tabIndex={-1}
      onCancel={onCancel}
    >
      <div class="toolbar" role="toolbar" aria-label={t('readerToolbar')}>
        <div class="themes" role="group" aria-label={t('readerTheme')}>
          {THEMES.map((option) => (
            <button
              type="button"
              class={`theme-button theme-${option}`}
              aria-pressed={theme === option}
              onClick={() => chooseTheme(option)}
            >
              {t(THEME_LABELS[option])}
            </button>
          ))}
        </div>
        <button
          type="button"
          class="close"
          aria-label={t('readerClose')}
          title={t('readerClose')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <main class="page">
        <ArticleView article={article} content={article.content} titleId="lectern-reader-title" />
      </main>
    </dialog>
  );
}
