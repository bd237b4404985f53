import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ShortcutDriver } from '../harness/driver';
import { readAxTree } from './ax';
import {
  launchChromiumWithExtension,
  type ChromiumWithExtension,
  type LaunchOptions,
} from '../harness/launch';
import { TargetSession } from './target-session';
import { clickToolbarButton } from './toolbar';
import { pressInBrowserWindow } from './x-keys';

interface ExceptionDetails {
  text?: string;
  exception?: { description?: string };
}
const describeException = (details: ExceptionDetails): string =>
  details.exception?.description ?? details.text ?? 'unknown error';

/** Collects the service worker's uncaught errors (Playwright reports only its console messages). */
async function watchBackground(chromium: ChromiumWithExtension, errors: string[]): Promise<TargetSession> {
  const { targetInfos } = await chromium.browserSession.send('Target.getTargets', {
    filter: [{ type: 'service_worker' }],
  });
  const worker = targetInfos.find((info) => info.url === chromium.serviceWorker.url());
  if (!worker) throw new Error('The extension has no running service worker.');
  const session = await TargetSession.attach(chromium.browserSession, worker.targetId);
  session.on('Runtime.exceptionThrown', (params) => {
    errors.push(`uncaught: ${describeException(params.exceptionDetails as ExceptionDetails)}`);
  });
  chromium.serviceWorker.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  await session.send('Runtime.enable');
  return session;
}

interface RawAxNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  backendDOMNodeId?: number;
}

/** The little of the extension API that the driver calls inside the service worker. */
interface ChromeApi {
  tabs: { query(filter: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

class ChromiumDriver implements ShortcutDriver {
  readonly browserName = 'Chromium';
  readonly restrictedPageUrl = 'chrome://version/';
  private page: Page | null = null;
  private pageSession: CDPSession | null = null;
  private readonly background: string[] = [];
  private readonly pageExceptions: string[] = [];
  private workerSession: TargetSession | null = null;
  private previous: { page: Page; session: CDPSession } | null = null;

  constructor(private readonly chromium: ChromiumWithExtension) {}

  async start(): Promise<this> {
    this.workerSession = await watchBackground(this.chromium, this.background);
    return this;
  }

  private get current(): { page: Page; session: CDPSession } {
    if (!this.page || !this.pageSession) throw new Error('No page is open: call openPage(url) first.');
    return { page: this.page, session: this.pageSession };
  }

  async openPage(url: string, { beside = false }: { beside?: boolean } = {}): Promise<void> {
    const { context } = this.chromium;
    this.previous = beside ? this.current : null;
    const page = await context.newPage();
    // Only the new tab stays, so "the current tab" is never ambiguous (badge, focus, toolbar).
    if (!beside) for (const other of context.pages()) if (other !== page) await other.close();
    this.pageExceptions.length = 0;
    const session = await context.newCDPSession(page);
    // Runtime events cover every world in the page, the reader's isolated one too.
    session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      this.pageExceptions.push(describeException(exceptionDetails));
    });
    await session.send('Runtime.enable');
    await session.send('Accessibility.enable');
    this.page = page;
    this.pageSession = session;
    await page.goto(url, { waitUntil: 'load' });
  }

  openExtensionPage(path: string, options: { beside?: boolean } = {}): Promise<void> {
    return this.openPage(`chrome-extension://${this.chromium.extensionId}/${path}`, options);
  }

  async backToPreviousTab(): Promise<void> {
    if (!this.previous) throw new Error('No previous tab: open a page beside the current one first.');
    await this.previous.page.bringToFront();
    this.page = this.previous.page;
    this.pageSession = this.previous.session;
    this.previous = null;
  }

  async clickByRole(role: string, name: string): Promise<void> {
    const { page, session } = this.current;
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

  async clickToolbarButton(): Promise<void> {
    const { context, browserSession, extensionId } = this.chromium;
    await clickToolbarButton(context, browserSession, extensionId, this.current.page);
  }

  /** Needs a headed browser on a display (`launchChromiumDriver({ headless: false, display })`). */
  async pressBrowserShortcut(keys: string): Promise<void> {
    const { display } = this.chromium;
    if (!display) throw new Error('Browser shortcuts need a headed Chromium on a display.');
    await this.current.page.bringToFront();
    await pressInBrowserWindow(display, keys);
  }

  async pressKey(key: string): Promise<void> {
    await this.current.page.keyboard.press(key);
  }

  axTree() {
    return readAxTree(this.current.session);
  }

  pageHtml(): Promise<string> {
    return this.current.page.evaluate(() => document.documentElement.outerHTML);
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.current.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }

  async screenshot(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    // caret: 'initial', or Playwright leaves a style attribute on the page's focused input.
    await this.current.page.screenshot({ path, caret: 'initial' });
  }

  async badgeText(): Promise<string> {
    return this.chromium.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const tabs = await chrome.tabs.query({});
      const tabId = tabs.length === 1 ? tabs[0]?.id : undefined;
      if (tabId === undefined) throw new Error(`Expected one tab, found ${tabs.length}.`);
      return chrome.action.getBadgeText({ tabId });
    });
  }

  backgroundErrors(): string[] {
    return [...this.background];
  }

  pageErrors(): string[] {
    return [...this.pageExceptions];
  }

  async close(): Promise<void> {
    await this.workerSession?.detach();
    await this.chromium.close();
  }
}

/** Chromium with the built extension, ready for the scenarios. */
export async function launchChromiumDriver(options: LaunchOptions = {}): Promise<ShortcutDriver> {
  const chromium = await launchChromiumWithExtension(options);
  try {
    return await new ChromiumDriver(chromium).start();
  } catch (error) {
    await chromium.close();
    throw error;
  }
}
