/**
 * Every setting, declared once with its default and the values it may take. `validate.ts` checks stored
 * data against these; the options page and the reader's toolbar offer exactly these choices.
 */
export const THEMES = ['auto', 'light', 'dark', 'sepia', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** `atkinson` is Atkinson Hyperlegible, bundled with the extension (see core/reader/reader-fonts.ts). */
export const FONT_FAMILIES = ['serif', 'sans', 'mono', 'atkinson'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export const TEXT_ALIGNS = ['start', 'justify'] as const;
export type TextAlign = (typeof TEXT_ALIGNS)[number];

/** The other developer's background reads this to choose between `action.setPopup` and toggling. */
export const TOOLBAR_ACTIONS = ['toggle-reader', 'open-popup'] as const;
export type ToolbarAction = (typeof TOOLBAR_ACTIONS)[number];

/** A number setting: the range and step a user can choose in. Stored values outside it are corrupt. */
export interface NumberRange {
  min: number;
  max: number;
  step: number;
}

export const RANGES = {
  fontSize: { min: 14, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.05 },
  contentWidth: { min: 480, max: 1040, step: 40 },
  letterSpacing: { min: 0, max: 0.12, step: 0.01 },
  wordSpacing: { min: 0, max: 0.4, step: 0.05 },
  speechRate: { min: 0.5, max: 3, step: 0.25 },
} as const satisfies Record<string, NumberRange>;

/** What a key pressed inside the reader can do; Escape always closes and is not remappable. */
export const KEY_ACTIONS = [
  'smaller',
  'larger',
  'narrower',
  'wider',
  'nextTheme',
  'help',
  'listen',
  'previousSentence',
  'nextSentence',
  'highlight',
] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];
export type KeyMap = Record<KeyAction, string>;

/** How many languages' voices may be remembered, and how long a voice id may be (sync's 8 KB per item). */
export const MAX_SPEECH_VOICES = 40;
export const MAX_VOICE_ID_LENGTH = 200;

/** How many auto-open sites may be stored: sync storage allows 8 KB per item. */
export const MAX_AUTO_OPEN_SITES = 100;

export interface Settings {
  theme: Theme;
  fontFamily: FontFamily;
  /** px */
  fontSize: number;
  /** unitless multiple of the font size */
  lineHeight: number;
  /** px, the longest line */
  contentWidth: number;
  textAlign: TextAlign;
  /** em */
  letterSpacing: number;
  /** em */
  wordSpacing: number;
  showImages: boolean;
  toolbarAction: ToolbarAction;
  /** Hide the page's ads, sidebars and sticky videos behind the reader, and pause its media. */
  hideClutter: boolean;
  /**
   * Keep an article's pictures with it when it is saved (issue 18); pictures are fetched only from sites the
   * optional site access covers.
   */
  keepPictures: boolean;
  /**
   * Load an article's following pages (`rel=next`, numbered pages) as the reader opens, instead of offering
   * "Load page 2 of N". Added after version 3; a stored version 3 without it reads as the default.
   */
  autoLoadPages: boolean;
  /** Host names (`example.com`) where the reader opens by itself; each holds an optional host permission. */
  autoOpenSites: string[];
  keys: KeyMap;
  /** Read-aloud speed, 1 being the voice's own. */
  speechRate: number;
  /** The voice chosen for each language, by primary language (`de`) → the voice's id. */
  speechVoices: Record<string, string>;
}

export const DEFAULT_KEYS: KeyMap = {
  smaller: '-',
  larger: '+',
  narrower: '[',
  wider: ']',
  nextTheme: 't',
  help: '?',
  listen: 'l',
  previousSentence: ',',
  nextSentence: '.',
  highlight: 'h',
};

export const DEFAULT_SETTINGS: Settings = {
  theme: 'auto',
  fontFamily: 'serif',
  fontSize: 20,
  lineHeight: 1.65,
  contentWidth: 680,
  textAlign: 'start',
  letterSpacing: 0,
  wordSpacing: 0,
  showImages: true,
  toolbarAction: 'toggle-reader',
  hideClutter: true,
  keepPictures: true,
  autoLoadPages: false,
  autoOpenSites: [],
  keys: DEFAULT_KEYS,
  speechRate: 1,
  speechVoices: {},
};

/** The storage item's version; each step up has a migration in migrations.ts. */
export const SETTINGS_VERSION = 3;
