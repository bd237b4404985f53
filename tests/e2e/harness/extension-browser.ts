import type { CDPSession, Page } from 'playwright-core';
import { readAxTree } from '../chromium/ax';
import { TargetSession } from '../chromium/target-session';
import { pollFor } from '../support/poll';
import { clickToolbarButton } from '../chromium/toolbar';
import type { AxNode } from '../support/ax-tree';
import { launchChromiumWithExtension, type ChromiumWithExtension, type LaunchOptions } from './launch';

interface ExceptionDetails {
  text?: string;
  exception?: { description?: string };
}
const describeException = (details: ExceptionDetails): string =>
  details.exception?.description ?? details.text ?? 'unknown error';

/** How long a control looked for by role and name may take to appear. */
const FIND_MS = 5000;

interface RawAxNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  backendDOMNodeId?: number;
}

/** The little of the extension API the harness calls inside the service worker. */
interface ChromeApi {
  tabs: { query(filter: object): Promise<Array<{ id?: number }>> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
}

/** One tab: its page, a DevTools session on it, and the exceptions thrown in any of its worlds. */
export class ChromiumTab {
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly session: CDPSession,
  ) {
    // Runtime events cover every world in the page, the reader's isolated one too.
    session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      this.errors.push(describeException(exceptionDetails));
    });
  }
}

export interface OpenTabOptions {
  /** Keep the other tabs open (default: the new tab becomes the only one). */
  beside?: boolean;
  viewport?: { width: number; height: number };
  /** Turn on the accessibility domain, for axTree and clickByRole. */
  accessibility?: boolean;
}

/**
 * Chromium with Lectern: the one driver the Chromium tests build on. Tabs with a DevTools session and their
 * errors, the background's uncaught errors, code run in the service worker, the toolbar button, clicks by
 * accessible name. Suites add only what is theirs (a crash, the save popup's frame, the scenarios' driver).
 */
export class ExtensionBrowser {
  private readonly background: string[] = [];
  private workerSession: TargetSession | null = null;
  private current: ChromiumTab | null = null;
  private previous: ChromiumTab | null = null;

  constructor(
    readonly chromium: ChromiumWithExtension,
    readonly options: LaunchOptions,
  ) {}

  /** Starts Chromium (`options` as for launchChromiumWithExtension) and watches its background. */
  static async launch<B extends ExtensionBrowser>(
    this: new (chromium: ChromiumWithExtension, options: LaunchOptions) => B,
    options: LaunchOptions = {},
  ): Promise<B> {
    const browser = new this(await launchChromiumWithExtension(options), options);
    try {
      await browser.watchBackground();
    } catch (error) {
      await browser.close();
      throw error;
    }
    return browser;
  }

  /** Collects the service worker's uncaught errors (Playwright reports only its console messages). */
  private async watchBackground(): Promise<void> {
    const { browserSession, serviceWorker } = this.chromium;
    const { targetInfos } = await browserSession.send('Target.getTargets', {
      filter: [{ type: 'service_worker' }],
    });
    const worker = targetInfos.find((info) => info.url === serviceWorker.url());
    if (!worker) throw new Error('The extension has no running service worker.');
    this.workerSession = await TargetSession.attach(browserSession, worker.targetId);
    this.workerSession.on('Runtime.exceptionThrown', (params) => {
      this.background.push(`uncaught: ${describeException(params.exceptionDetails as ExceptionDetails)}`);
    });
    serviceWorker.on('console', (message) => {
      if (message.type() === 'error') this.background.push(`console.error: ${message.text()}`);
    });
    await this.workerSession.send('Runtime.enable');
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.chromium.extensionId}/${path}`;
  }

  /** Opens `url` in a new tab, which becomes the current one, and waits until it has loaded. */
  async openTab(url: string, options: OpenTabOptions = {}): Promise<ChromiumTab> {
    const { context } = this.chromium;
    const page = await context.newPage();
    // Only the new tab stays, so "the current tab" is never ambiguous (badge, focus, toolbar).
    if (!options.beside) for (const other of context.pages()) if (other !== page) await other.close();
    if (options.viewport) await page.setViewportSize(options.viewport);
    const tab = new ChromiumTab(page, await context.newCDPSession(page));
    await tab.session.send('Runtime.enable');
    if (options.accessibility) await tab.session.send('Accessibility.enable');
    this.previous = options.beside ? this.current : null;
    this.current = tab;
    await page.goto(url, { waitUntil: 'load' });
    return tab;
  }

  /** The tab opened last (or gone back to). */
  get tab(): ChromiumTab {
    if (!this.current) throw new Error('No page is open: open a tab first.');
    return this.current;
  }

  get page(): Page {
    return this.tab.page;
  }

  /** Makes the tab that was current before `openTab(url, { beside: true })` the current one again. */
  async backToPreviousTab(): Promise<void> {
    if (!this.previous) throw new Error('No previous tab: open a page beside the current one first.');
    await this.previous.page.bringToFront();
    this.current = this.previous;
    this.previous = null;
  }

  /** Clicks Lectern's toolbar button for the tab of `page` (default the current one), as a user does. */
  clickToolbarButton(page: Page = this.page): Promise<void> {
    const { context, browserSession, extensionId } = this.chromium;
    return clickToolbarButton(context, browserSession, extensionId, page);
  }

  /** The current tab's accessibility tree, closed shadow roots included. */
  axTree(): Promise<AxNode> {
    return readAxTree(this.tab.session);
  }

  /** Clicks the centre of the control with this role and accessible name in the current tab, as a mouse would. */
  async clickByRole(role: string, name: string): Promise<void> {
    const { page, session } = this.tab;
    const backendNodeId = await this.findByRole(role, name);
    await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { quads } = (await session.send('DOM.getContentQuads', { backendNodeId })) as { quads: number[][] };
    const quad = quads[0];
    if (!quad) throw new Error(`The ${role} "${name}" is not on screen.`);
    const x = (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4;
    const y = (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4;
    await page.mouse.click(x, y);
  }

  /** The DOM node of the control with this role and name, waited for up to `FIND_MS` while the page renders. */
  private async findByRole(role: string, name: string): Promise<number> {
    let ofRole: RawAxNode[] = [];
    return pollFor(
      async () => {
        const { nodes } = (await this.tab.session.send('Accessibility.getFullAXTree')) as {
          nodes: RawAxNode[];
        };
        ofRole = nodes.filter((n) => !n.ignored && n.role?.value === role);
        return ofRole.find((n) => n.name?.value === name)?.backendDOMNodeId;
      },
      {
        timeoutMs: FIND_MS,
        fail: () =>
          `No ${role} named "${name}" on the page after ${FIND_MS} ms ` +
          `(its ${role}s: ${ofRole.map((n) => `"${n.name?.value ?? ''}"`).join(', ') || 'none'}).`,
      },
    );
  }

  /** Runs `fn` in the extension's service worker (chrome.* APIs, the extension's IndexedDB). */
  inBackground<R>(fn: () => R | Promise<R>): Promise<R>;
  inBackground<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  inBackground<R, A>(fn: (arg?: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.chromium.serviceWorker.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }

  /** The toolbar button's badge and title for the only tab, or with `active`, for the selected tab. */
  badge({ active = false }: { active?: boolean } = {}): Promise<{ text: string; title: string }> {
    return this.inBackground(async (active) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const tabs = await chrome.tabs.query(active ? { active: true, lastFocusedWindow: true } : {});
      const tabId = tabs.length === 1 ? tabs[0]?.id : undefined;
      if (tabId === undefined) throw new Error(`Expected one tab, found ${tabs.length}.`);
      return {
        text: await chrome.action.getBadgeText({ tabId }),
        title: await chrome.action.getTitle({ tabId }),
      };
    }, active);
  }

  /**
   * What a toolbar click left behind, for a failure message: the selected tab's badge and title (a refused
   * page says so there) and how many readers `page` holds.
   */
  async clickTrace(page: Page = this.page): Promise<string> {
    const { text, title } = await this.badge({ active: true });
    const hosts = await page.evaluate(() => document.querySelectorAll('lectern-reader').length);
    return `toolbar badge "${text}" titled "${title}", ${hosts} <lectern-reader> in the page`;
  }
  /** Waits with `wait` for what a toolbar click on `page` should show; a failure also says what it left. */
  async afterClick<T>(wait: () => Promise<T>, page: Page = this.page): Promise<T> {
    try {
      return await wait();
    } catch (error) {
      throw new Error(`${(error as Error).message}\n(${await this.clickTrace(page)})`, { cause: error });
    }
  }

  /** Uncaught exceptions and console errors of the extension's background since launch. */
  backgroundErrors(): string[] {
    return [...this.background];
  }

  async close(): Promise<void> {
    await this.workerSession?.detach();
    await this.chromium.close();
  }
}
