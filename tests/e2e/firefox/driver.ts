import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import type { AxNode } from '../support/ax-tree';
import type { ShortcutDriver } from '../harness/driver';
import { toAxNode } from './ax';
import { pollFor } from '../support/poll';
import type { GeckoAxNode } from './chrome-hooks';
import { browsingContextOf, launchFirefoxWithExtension, type FirefoxWithExtension } from './launch';

/** Lets the page's pending layout and accessibility updates reach the parent process before a read. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => {
        setTimeout(done, 200);
        requestAnimationFrame(() => requestAnimationFrame(() => done()));
      }),
  );

/** How long a control looked for by role and name may take to reach the accessibility tree. */
const FIND_MS = 5000;

function* walkGecko(node: GeckoAxNode): Generator<GeckoAxNode> {
  yield node;
  for (const child of node.children) yield* walkGecko(child);
}

export class FirefoxDriver implements ShortcutDriver {
  readonly browserName = 'Firefox';
  readonly restrictedPageUrl = 'about:support';
  private page: Page | null = null;
  private previous: Page | null = null;
  /** Whether Firefox's accessibility service is held for the browser's life (see `keepAccessibility`). */
  private accessibilityKept = false;
  private readonly background: string[] = [];
  private readonly pageExceptions: string[] = [];

  constructor(readonly firefox: FirefoxWithExtension) {}

  /** The current tab, for what the scenarios' driver interface does not offer (a drag with the mouse). */
  get currentPage(): Page {
    return this.current;
  }

  private get current(): Page {
    if (!this.page) throw new Error('No page is open: call openPage(url) first.');
    return this.page;
  }

  /** Moves the errors Firefox logged since the last call into the page's and the background's lists. */
  private async collectErrors(): Promise<void> {
    const origin = this.page ? new URL(await this.currentUrl()).origin : 'null';
    const { page, background } = await this.firefox.hooks.errors(origin === 'null' ? null : origin, true);
    this.pageExceptions.push(...page);
    this.background.push(...background);
  }

  private async after<T>(action: Promise<T>): Promise<T> {
    const result = await action;
    await this.collectErrors();
    return result;
  }

  async openPage(url: string): Promise<void> {
    await this.openTab(url, { only: true });
  }

  /** Opens `url` in a new tab that becomes the current one; with `only`, the other tabs are closed. */
  private async openTab(url: string, { only }: { only: boolean }): Promise<Page> {
    const { browser, send } = this.firefox;
    if (!this.accessibilityKept) await this.firefox.hooks.keepAccessibility();
    this.accessibilityKept = true;
    await this.collectErrors();
    const page = await browser.newPage();
    // A page's alert() would hold its load event forever.
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    if (only) for (const other of await browser.pages()) if (other !== page) await other.close();
    this.page = page;
    this.pageExceptions.length = 0;
    if (!/^https?:/.test(url)) {
      // puppeteer's goto never returns for moz-extension: and about: pages; the raw BiDi command does.
      await send('browsingContext.navigate', { context: browsingContextOf(page), url, wait: 'complete' });
    } else {
      await page.goto(url, { waitUntil: 'load' });
    }
    await this.collectErrors();
    return page;
  }

  /** Makes an open tab the selected, current one again, as a user switching tabs does. */
  private async switchTo(page: Page): Promise<void> {
    await this.collectErrors();
    await page.bringToFront();
    this.page = page;
  }

  async openExtensionPage(path: string, { beside = false }: { beside?: boolean } = {}): Promise<void> {
    const previous = this.page;
    await this.openTab(new URL(path, this.firefox.extensionOrigin).href, { only: !beside });
    this.previous = beside ? previous : null;
  }

  async backToPreviousTab(): Promise<void> {
    if (!this.previous) throw new Error('No previous tab: open a page beside the current one first.');
    await this.switchTo(this.previous);
    this.previous = null;
  }

  clickToolbarButton(): Promise<void> {
    return this.after(this.firefox.hooks.clickToolbarButton());
  }

  pressBrowserShortcut(keys: string): Promise<void> {
    return this.after(this.firefox.hooks.pressKeys(keys));
  }

  pressKey(key: string): Promise<void> {
    return this.after(this.current.keyboard.press(key as KeyInput));
  }

  /** The current tab's address, from the browser: puppeteer misses navigations it did not make itself. */
  private async currentUrl(): Promise<string> {
    const context = browsingContextOf(this.current);
    const { result } = await this.firefox.send('browsingContext.getTree', { root: context, maxDepth: 0 });
    const url = (result as { contexts: Array<{ url: string }> }).contexts[0]?.url;
    if (!url) throw new Error(`The current tab (${context}) has gone.`);
    return url;
  }

  private async geckoTree(): Promise<GeckoAxNode> {
    await settle(this.current);
    return this.after(this.firefox.hooks.axTree(await this.currentUrl()));
  }

  async axTree(): Promise<AxNode> {
    return toAxNode(await this.geckoTree());
  }

  /**
   * Clicks the middle of the control with this role and accessible name, as a mouse would; a control below
   * or above the window is first brought into view with the mouse wheel over the window's middle.
   */
  async clickByRole(role: string, name: string): Promise<void> {
    for (let scrolls = 0; ; scrolls++) {
      const match = await this.findByRole(role, name);
      const [x, y, width, height] = match.bounds;
      if (width === 0 || height === 0) throw new Error(`The ${role} "${name}" is not on screen.`);
      const view = this.current.viewport() ?? { width: 1280, height: 720 };
      const middle = y + height / 2;
      if (middle >= 0 && middle < view.height) {
        await this.after(this.current.mouse.click(x + width / 2, middle));
        return;
      }
      if (scrolls === 10) throw new Error(`The ${role} "${name}" stays out of the window.`);
      await this.current.mouse.move(view.width / 2, view.height / 2);
      await this.current.mouse.wheel({ deltaY: Math.round(middle - view.height / 2) });
    }
  }

  /**
   * The node with this role and accessible name, waited for up to `FIND_MS`: Firefox brings a page's change
   * into the accessibility tree on its own time, after the page already shows it.
   */
  private async findByRole(role: string, name: string): Promise<GeckoAxNode> {
    let ofRole: Array<{ node: GeckoAxNode; name: string }> = [];
    return pollFor(
      async () => {
        ofRole = Array.from(walkGecko(await this.geckoTree()), (node) => ({
          node,
          converted: toAxNode({ ...node, children: [] }),
        }))
          .filter(({ converted }) => converted.role === role)
          .map(({ node, converted }) => ({ node, name: converted.name }));
        return ofRole.find((candidate) => candidate.name === name)?.node;
      },
      {
        timeoutMs: FIND_MS,
        fail: () =>
          `No ${role} named "${name}" in the tab's accessibility tree after ${FIND_MS} ms ` +
          `(its ${role}s: ${ofRole.map((candidate) => `"${candidate.name}"`).join(', ') || 'none'}).`,
      },
    );
  }

  /** Moves the mouse to a point of the viewport (CSS pixels) and clicks there, as a user does. */
  async clickAt(x: number, y: number): Promise<void> {
    await this.current.mouse.move(x, y);
    await this.after(this.current.mouse.click(x, y));
  }

  pageHtml(): Promise<string> {
    return this.evaluate(() => document.documentElement.outerHTML, null);
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.after(
      this.current.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    );
  }

  async screenshot(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    await this.current.screenshot({ path: path as `${string}.png` });
  }

  badgeText(): Promise<string> {
    return this.after(this.firefox.hooks.badgeText());
  }

  backgroundErrors(): string[] {
    return [...this.background];
  }

  pageErrors(): string[] {
    return [...this.pageExceptions];
  }

  close(): Promise<void> {
    return this.firefox.close();
  }
}

/** Firefox ESR with the built add-on, ready for the scenarios. */
export async function launchFirefoxDriver(): Promise<FirefoxDriver> {
  return new FirefoxDriver(await launchFirefoxWithExtension());
}
