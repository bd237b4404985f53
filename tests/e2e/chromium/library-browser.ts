import type { Frame, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { ExtensionBrowser, type ChromiumTab } from '../harness/extension-browser';
import { ARTIFACTS_DIR } from '../harness/paths';

/**
 * Chromium with Lectern, for the reading-list scenarios: the harness's browser on a profile that can be
 * kept between launches, with the save popup's frame and the errors of every tab it opened.
 */
export class LibraryBrowser extends ExtensionBrowser {
  private readonly tabs: ChromiumTab[] = [];

  /** Opens `url` in a new tab that becomes the only one. */
  async openPage(url: string, viewport?: { width: number; height: number }): Promise<Page> {
    const tab = await this.openTab(url, { viewport, accessibility: true });
    this.tabs.push(tab);
    return tab.page;
  }

  /** The save popup's frame in the current tab, once it has loaded. */
  saveFrame(): Frame | undefined {
    return this.page.frames().find((frame) => /\/save-frame\.html\?id=/.test(frame.url()));
  }

  /** Saves a PNG of the current tab in test-artifacts/ (caret 'initial': hiding it styles the page's input). */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: resolve(ARTIFACTS_DIR, name), caret: 'initial' });
  }

  /** The background's errors and those of every tab opened since launch. */
  uncaughtErrors(): string[] {
    return [
      ...this.backgroundErrors().map((error) => `background: ${error}`),
      ...this.tabs.flatMap((tab) => tab.errors.map((error) => `page: ${error}`)),
    ];
  }
}
