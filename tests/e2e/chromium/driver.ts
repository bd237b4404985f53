import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ExtensionBrowser } from '../harness/extension-browser';
import type { ShortcutDriver } from '../harness/driver';
import type { LaunchOptions } from '../harness/launch';
import { pressInBrowserWindow } from './x-keys';

/** The scenarios' driver for Chromium: the harness's browser, plus what only the scenarios ask of it. */
class ChromiumDriver extends ExtensionBrowser implements ShortcutDriver {
  readonly browserName = 'Chromium';
  readonly restrictedPageUrl = 'chrome://version/';
  /** The tabs opened since the current one was opened on its own (it and any opened beside it). */
  private tabs: Array<{ errors: string[] }> = [];

  async openPage(url: string, { beside = false }: { beside?: boolean } = {}): Promise<void> {
    const tab = await this.openTab(url, { beside, accessibility: true });
    this.tabs = beside ? [...this.tabs, tab] : [tab];
  }

  openExtensionPage(path: string, options: { beside?: boolean } = {}): Promise<void> {
    return this.openPage(this.extensionUrl(path), options);
  }

  /** Needs a headed browser on a display (`launchChromiumDriver({ headless: false, display })`). */
  async pressBrowserShortcut(keys: string): Promise<void> {
    const { display } = this.chromium;
    if (!display) throw new Error('Browser shortcuts need a headed Chromium on a display.');
    await this.page.bringToFront();
    await pressInBrowserWindow(display, keys);
  }

  async pressKey(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  pageHtml(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.outerHTML);
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }

  async screenshot(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    // caret: 'initial', or Playwright leaves a style attribute on the page's focused input.
    await this.page.screenshot({ path, caret: 'initial' });
  }

  async badgeText(): Promise<string> {
    return (await this.badge()).text;
  }

  pageErrors(): string[] {
    return this.tabs.flatMap((tab) => tab.errors);
  }
}

/** Chromium with the built extension, ready for the scenarios. */
export function launchChromiumDriver(options: LaunchOptions = {}): Promise<ShortcutDriver> {
  return ChromiumDriver.launch(options);
}
