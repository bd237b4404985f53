import type { FontFamily, Settings } from '../settings/settings';
import { CJK_LANGUAGES, serifCjkFamilies, type CjkLanguage } from './cjk-serif';
import type { ReaderFontNames } from './reader-fonts';

const LATIN_SERIF =
  "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, 'Noto Serif', 'DejaVu Serif', Georgia";

/**
 * The font stack for each choice, for text in `lang` (only Serif differs: it names that language's serif
 * faces first). The `names` families are added while the reader is open (see reader-fonts.ts). Each stack
 * ends in a generic family, so a font that fails to load still leaves a readable page.
 */
export function fontStacks(names: ReaderFontNames, lang?: CjkLanguage): Record<FontFamily, string> {
  return {
    serif: `'${names.serif}', ${LATIN_SERIF}, ${serifCjkFamilies(lang)}, serif`,
    sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
    mono: `ui-monospace, '${names.mono}', 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace`,
    atkinson: `'${names.bundled}', 'Atkinson Hyperlegible', system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif`,
  };
}

/** The reader's look as CSS custom properties; reader.css reads them, so one style attribute restyles it. */
export function readerStyle(settings: Settings, names: ReaderFontNames): Record<string, string> {
  const stacks = fontStacks(names);
  return {
    '--font-body': stacks[settings.fontFamily],
    // Code keeps the monospaced stack whatever the body font.
    '--font-code': stacks.mono,
    // reader.css picks one of these for an article (or passage) in Chinese, Japanese or Korean.
    ...Object.fromEntries(
      CJK_LANGUAGES.map((lang) => [`--font-body-${lang}`, fontStacks(names, lang)[settings.fontFamily]]),
    ),
    '--text-size': `${settings.fontSize}px`,
    '--line-height': String(settings.lineHeight),
    '--measure': `${settings.contentWidth}px`,
    '--text-align': settings.textAlign,
    '--letter-spacing': `${settings.letterSpacing}em`,
    '--word-spacing': `${settings.wordSpacing}em`,
  };
}

/** The data attributes reader.css keys on: the theme and whether images show. */
export function readerAttributes(settings: Settings): Record<string, string> {
  return { 'data-theme': settings.theme, 'data-images': settings.showImages ? 'shown' : 'hidden' };
}
