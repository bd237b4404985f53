import type { CDPSession, Frame, Page } from 'playwright-core';
import { resolve } from 'node:path';
import type { AxNode } from '../support/ax-tree';
import { ARTIFACTS_DIR } from '../harness/paths';
import { readAxTree } from './ax';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../harness/launch';
import { clickToolbarButton } from './toolbar';

interface RawAxNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  backendDOMNodeId?: number;
}

/**
 * Chromium with Lectern, for the reading-list scenarios: a profile that can be kept between launches,
 * the extension's own pages, clicks on controls found by their accessible name (closed shadow roots
 * included), and the save popup's frame.
 */
export class LibraryBrowser {
  private current: { page: Page; session: CDPSession } | null = null;
  private readonly errors: string[] = [];

  private constructor(private readonly chromium: ChromiumWithExtension) {
    chromium.serviceWorker.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`background: ${message.text()}`);
    });
  }

  static async launch(userDataDir: string): Promise<LibraryBrowser> {
    return new LibraryBrowser(await launchChromiumWithExtension({ userDataDir }));
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.chromium.extensionId}/${path}`;
  }

  get page(): Page {
    if (!this.current) throw new Error('No page is open.');
    return this.current.page;
  }

  /** Opens `url` in a new tab that becomes the only one. */
  async openPage(url: string, viewport?: { width: number; height: number }): Promise<Page> {
    const { context } = this.chromium;
    const page = await context.newPage();
    for (const other of context.pages()) if (other !== page) await other.close();
    page.on('pageerror', (error) => this.errors.push(`page: ${error.message}`));
    if (viewport) await page.setViewportSize(viewport);
    const session = await context.newCDPSession(page);
    await session.send('Accessibility.enable');
    this.current = { page, session };
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  clickToolbarButton(): Promise<void> {
    const { context, browserSession, extensionId } = this.chromium;
    return clickToolbarButton(context, browserSession, extensionId, this.page);
  }

  axTree(): Promise<AxNode> {
    if (!this.current) throw new Error('No page is open.');
    return readAxTree(this.current.session);
  }

  /** Clicks the centre of the control with this role and accessible name, as a mouse would. */
  async clickByRole(role: string, name: string): Promise<void> {
    if (!this.current) throw new Error('No page is open.');
    const { session, page } = this.current;
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: RawAxNode[] };
    const node = nodes.find((n) => !n.ignored && n.role?.value === role && n.name?.value === name);
    if (node?.backendDOMNodeId === undefined) throw new Error(`No ${role} named "${name}" on the page.`);
    const backendNodeId = node.backendDOMNodeId;
    await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { quads } = (await session.send('DOM.getContentQuads', { backendNodeId })) as { quads: number[][] };
    const quad = quads[0];
    if (!quad) throw new Error(`The ${role} "${name}" is not on screen.`);
    const x = (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4;
    const y = (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4;
    await page.mouse.click(x, y);
  }

  /** The save popup's frame in the current tab, once it has loaded. */
  saveFrame(): Frame | undefined {
    return this.page.frames().find((frame) => /\/save-frame\.html\?id=/.test(frame.url()));
  }

  /** Saves a PNG of the current tab in test-artifacts/ (caret 'initial': hiding it styles the page's input). */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: resolve(ARTIFACTS_DIR, name), caret: 'initial' });
  }

  /** Runs `fn` in the extension's service worker (chrome.* APIs). */
  inBackground<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.chromium.serviceWorker.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }

  uncaughtErrors(): string[] {
    return [...this.errors];
  }

  close(): Promise<void> {
    return this.chromium.close();
  }
}
