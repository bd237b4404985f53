import type { AxNode } from '../support/ax-tree';

/**
 * What the scenarios need from a browser with Lectern installed. Each browser has its own driver; the
 * scenarios are written once against this interface and assert only what a user would notice.
 */
export interface ReaderDriver {
  /** Shown in test names. */
  readonly browserName: string;
  /** A page of the browser's own that extensions may not touch (chrome://version, about:...). */
  readonly restrictedPageUrl: string;
  /** Opens `url` in a fresh tab, which becomes the only tab, and waits until it has loaded. */
  openPage(url: string): Promise<void>;
  /**
   * Opens one of Lectern's own pages (`library.html`, `options.html`) as openPage does; with `beside`, in a
   * new tab next to the current one, which stays open for `backToPreviousTab`.
   */
  openExtensionPage(path: string, options?: { beside?: boolean }): Promise<void>;
  /** Makes the tab that was current before `openExtensionPage(path, { beside: true })` the current one again. */
  backToPreviousTab(): Promise<void>;
  /** Clicks Lectern's toolbar button for the current tab, as a user does. */
  clickToolbarButton(): Promise<void>;
  /** Presses a key (Playwright key names: `Escape`, `Tab`) in the current tab, as real keyboard input. */
  pressKey(key: string): Promise<void>;
  /**
   * Clicks, with the mouse, the middle of the control with this role and accessible name in the current tab
   * (found in the accessibility tree, so inside closed shadow roots too).
   */
  clickByRole(role: string, name: string): Promise<void>;
  /** The current tab's accessibility tree, shadow roots included. */
  axTree(): Promise<AxNode>;
  /** `document.documentElement.outerHTML` of the current tab. */
  pageHtml(): Promise<string>;
  /** Runs `fn` in the page's own world of the current tab (where the page's scripts run) and returns its result. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Saves a PNG of the current tab's viewport, creating the folder if needed. */
  screenshot(path: string): Promise<void>;
  /** The text of Lectern's toolbar badge for the current tab ('' when none). */
  badgeText(): Promise<string>;
  /** Uncaught exceptions and console errors of the extension's background since launch. */
  backgroundErrors(): string[];
  /** Uncaught exceptions in the current tab, the page's or the reader's, since it was opened. */
  pageErrors(): string[];
  close(): Promise<void>;
}

/** A driver that can also press the browser's own shortcuts, as keyboard input to the browser window. */
export interface ShortcutDriver extends ReaderDriver {
  /**
   * Presses keys such as `Alt+Shift+L` where the browser handles its accelerators (extension commands
   * among them); page-level key events never reach those.
   */
  pressBrowserShortcut(keys: string): Promise<void>;
}
