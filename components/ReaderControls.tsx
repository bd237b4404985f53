import { t } from '../core/i18n';
import { largerText, narrower, smallerText, wider } from '../core/reader/adjust';
import { FONT_FAMILIES, RANGES, THEMES, type Settings } from '../core/settings/settings';
import { FONT_LABELS, THEME_LABELS } from './labels';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
  helpOpen: boolean;
  onToggleHelp: () => void;
}

/** The reader's most used controls: text size, theme, width, font, and the keyboard help. */
export function ReaderControls({ settings, onChange, helpOpen, onToggleHelp }: Props) {
  // The glyphs (A−, A+, →←, ←→) are drawn by reader.css with empty alternative text: a visible "A+" in the
  // name would not match the spoken "Larger text", and screen reader users get the words only.
  const button = (label: string, icon: string, disabled: boolean, onClick: () => void) => (
    <button
      type="button"
      class="control"
      data-icon={icon}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    />
  );
  return (
    <div class="controls">
      <div class="control-group" role="group" aria-label={t('controlTextSize')}>
        {button(t('controlSmaller'), 'smaller', settings.fontSize <= RANGES.fontSize.min, () =>
          onChange(smallerText(settings)),
        )}
        {button(t('controlLarger'), 'larger', settings.fontSize >= RANGES.fontSize.max, () =>
          onChange(largerText(settings)),
        )}
      </div>
      <div class="control-group" role="group" aria-label={t('controlWidth')}>
        {button(t('controlNarrower'), 'narrower', settings.contentWidth <= RANGES.contentWidth.min, () =>
          onChange(narrower(settings)),
        )}
        {button(t('controlWider'), 'wider', settings.contentWidth >= RANGES.contentWidth.max, () =>
          onChange(wider(settings)),
        )}
      </div>
      <select
        class="control-select"
        aria-label={t('readerTheme')}
        title={t('readerTheme')}
        value={settings.theme}
        onChange={(event) =>
          onChange({ theme: (event.currentTarget as HTMLSelectElement).value as Settings['theme'] })
        }
      >
        {THEMES.map((theme) => (
          <option value={theme}>{t(THEME_LABELS[theme])}</option>
        ))}
      </select>
      <select
        class="control-select"
        aria-label={t('settingFont')}
        title={t('settingFont')}
        value={settings.fontFamily}
        onChange={(event) =>
          onChange({ fontFamily: (event.currentTarget as HTMLSelectElement).value as Settings['fontFamily'] })
        }
      >
        {FONT_FAMILIES.map((font) => (
          <option value={font}>{t(FONT_LABELS[font])}</option>
        ))}
      </select>
      <button
        type="button"
        class="control"
        aria-label={t('helpTitle')}
        title={t('helpTitle')}
        aria-expanded={helpOpen}
        aria-controls="lectern-reader-help"
        onClick={onToggleHelp}
      >
        <span aria-hidden="true">?</span>
      </button>
    </div>
  );
}
