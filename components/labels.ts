import type { HighlightColor } from '../core/annotate/highlight';
import type { MessageKey } from '../core/i18n';
import type { FontFamily, KeyAction, TextAlign, Theme, ToolbarAction } from '../core/settings/settings';

/** The catalogue key naming each choice, shared by the reader's toolbar and the options page. */
export const THEME_LABELS: Record<Theme, MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
  'high-contrast': 'themeHighContrast',
};

export const FONT_LABELS: Record<FontFamily, MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  mono: 'fontMono',
  atkinson: 'fontAtkinson',
};

export const ALIGN_LABELS: Record<TextAlign, MessageKey> = {
  start: 'alignStart',
  justify: 'alignJustify',
};

export const TOOLBAR_ACTION_LABELS: Record<ToolbarAction, MessageKey> = {
  'toggle-reader': 'toolbarActionToggle',
  'open-popup': 'toolbarActionPopup',
};

export const KEY_ACTION_LABELS: Record<KeyAction, MessageKey> = {
  smaller: 'keySmaller',
  larger: 'keyLarger',
  narrower: 'keyNarrower',
  wider: 'keyWider',
  nextTheme: 'keyNextTheme',
  help: 'keyHelp',
  listen: 'keyListen',
  previousSentence: 'keyPreviousSentence',
  nextSentence: 'keyNextSentence',
  highlight: 'keyHighlight',
};

export const HIGHLIGHT_COLOR_LABELS: Record<HighlightColor, MessageKey> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
};
