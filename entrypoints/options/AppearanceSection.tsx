import { t } from '../../core/i18n';
import { FONT_FAMILIES, RANGES, TEXT_ALIGNS, THEMES, type Settings } from '../../core/settings/settings';
import { ALIGN_LABELS, FONT_LABELS, THEME_LABELS } from '../../components/labels';
import { Choice, Section, Slider, Toggle } from './fields';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
  onDrag: (change: Partial<Settings>) => void;
  onDragEnd: () => void;
}

const px = (value: number) => t('unitPx', String(value));
const em = (value: number) => t('unitEm', value.toFixed(2));

export function AppearanceSection({ settings, onChange, onDrag, onDragEnd }: Props) {
  return (
    <Section title="groupAppearance">
      <Choice
        label="readerTheme"
        value={settings.theme}
        options={THEMES}
        labels={THEME_LABELS}
        onChange={(theme) => onChange({ theme })}
      />
      <Choice
        label="settingFont"
        value={settings.fontFamily}
        options={FONT_FAMILIES}
        labels={FONT_LABELS}
        onChange={(fontFamily) => onChange({ fontFamily })}
      />
      <Slider
        label="settingFontSize"
        value={settings.fontSize}
        range={RANGES.fontSize}
        format={px}
        onDrag={(fontSize) => onDrag({ fontSize })}
        onDragEnd={onDragEnd}
      />
      <Slider
        label="settingLineHeight"
        value={settings.lineHeight}
        range={RANGES.lineHeight}
        format={(value) => value.toFixed(2)}
        onDrag={(lineHeight) => onDrag({ lineHeight })}
        onDragEnd={onDragEnd}
      />
      <Slider
        label="settingWidth"
        value={settings.contentWidth}
        range={RANGES.contentWidth}
        format={px}
        onDrag={(contentWidth) => onDrag({ contentWidth })}
        onDragEnd={onDragEnd}
      />
      <Choice
        label="settingAlign"
        value={settings.textAlign}
        options={TEXT_ALIGNS}
        labels={ALIGN_LABELS}
        onChange={(textAlign) => onChange({ textAlign })}
      />
      <Slider
        label="settingLetterSpacing"
        value={settings.letterSpacing}
        range={RANGES.letterSpacing}
        format={em}
        onDrag={(letterSpacing) => onDrag({ letterSpacing })}
        onDragEnd={onDragEnd}
      />
      <Slider
        label="settingWordSpacing"
        value={settings.wordSpacing}
        range={RANGES.wordSpacing}
        format={em}
        onDrag={(wordSpacing) => onDrag({ wordSpacing })}
        onDragEnd={onDragEnd}
      />
      <Toggle
        label="settingShowImages"
        checked={settings.showImages}
        onChange={(showImages) => onChange({ showImages })}
      />
    </Section>
  );
}
