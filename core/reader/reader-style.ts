import type { FontFamily, Settings } from '../settings/settings';
import { CJK_LANGUAGES, serifCjkFamilies, type CjkLanguage } from './cjk-serif';
import { BUNDLED_FONT_FAMILY, MONO_ALIAS, SERIF_ALIAS } from './reader-fonts';

const LATIN_SERIF = `'${SERIF_ALIAS}', Charter, 'Bitstream Charter', 'Sitka Text', Cambria, 'Noto Serif', 'DejaVu Serif', Georgia`;
const serifStack = (lang?: CjkLanguage) => `${LATIN_SERIF}, ${serifCjkFamilies(lang)}, serif`;

/** Families named `lectern-…` are added while the reader is open (see reader-fonts.ts). Each stack ends in a generic family, so a font that fails to load still leaves a readable page. */
export const FONT_STACKS: Record<FontFamily, string> = {
  serif: serifStack(),
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
  mono: `ui-monospace, '${MONO_ALIAS}', 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace`,
  atkinson: `'${BUNDLED_FONT_FAMILY}', 'Atkinson Hyperlegible', system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif`,
};

/** The stack for text in `lang`: only Serif differs, naming that language's serif faces first. */
export function fontStack(fontFamily: FontFamily, lang?: CjkLanguage): string {
  return fontFamily === 'serif' ? serifStack(lang) : FONT_STACKS[fontFamily];
}

/** The reader's look as CSS custom properties; reader.css reads them, so one style attribute restyles it. */
export function readerStyle(settings: Settings): Record<string, string> {
  return {
    '--font-body': FONT_STACKS[settings.fontFamily],
    // reader.css picks one of these for an article (or passage) in Chinese, Japanese or Korean.
    ...Object.fromEntries(
      CJK_LANGUAGES.map((lang) => [`--font-body-${lang}`, fontStack(settings.fontFamily, lang)]),
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
