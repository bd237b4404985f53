import { setTimeout as delay } from 'node:timers/promises';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../harness/launch';
import { TargetSession } from '../chromium/target-session';
import { clickToolbarButton } from '../chromium/toolbar';

export const READER_HOST = 'lectern-reader';
export const NOTICE_HOST = 'lectern-notice';
export const TOO_LARGE_MESSAGE = 'This page is too large to open in the reader';
export const NO_ARTICLE_MESSAGE = 'No article found on this page';
export const UNSUPPORTED_MESSAGE = "Lectern can't read this kind of document";

interface ExceptionDetails {
  text?: string;
  exception?: { description?: string };
}
const describeException = (details: ExceptionDetails): string =>
  details.exception?.description ?? details.text ?? 'unknown error';

interface DomNode {
  nodeType: number;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** A DOM tree from DevTools, shadow roots included; the contents of <style> elements are left out. */
function* walkDom(node: DomNode): Generator<DomNode> {
  yield node;
  if (node.localName === 'style') return;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walkDom(child);
}

interface ChromeApi {
  tabs: { query(filter: object): Promise<Array<{ id?: number; status?: string }>> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
}

/** One tab under test: its page, a DevTools session on it and the errors thrown in any of its worlds. */
export class Tab {
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly session: CDPSession,
    readonly browser: Browser,
  ) {
    session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      this.errors.push(describeException(exceptionDetails as ExceptionDetails));
    });
  }

  clickToolbarButton(): Promise<void> {
    const { context, browserSession, extensionId } = this.browser.chromium;
    return clickToolbarButton(context, browserSession, extensionId, this.page);
  }

  /** Which of Lectern's elements the page holds now. */
  hosts(): Promise<{ reader: boolean; notice: boolean }> {
    return this.page.evaluate(
      ([reader, notice]) => ({
        reader: document.querySelector(reader!) !== null,
        notice: document.querySelector(notice!) !== null,
      }),
      [READER_HOST, NOTICE_HOST],
    );
  }

  /**
   * The DOM inside Lectern's element `host`, closed shadow root included (DevTools sees through it), or
   * null when the page has no such element.
   */
  private async describe(host: string): Promise<DomNode | null> {
    const { root } = (await this.session.send('DOM.getDocument', { depth: 0 })) as {
      root: { nodeId: number };
    };
    const { nodeId } = (await this.session.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: host,
    })) as {
      nodeId: number;
    };
    if (!nodeId) return null;
    const { node } = (await this.session.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as {
      node: DomNode;
    };
    return node;
  }

  /** The text inside Lectern's element `host`. */
  async textIn(host: string): Promise<string> {
    const node = await this.describe(host);
    return node ? Array.from(walkDom(node), (n) => (n.nodeType === 3 ? n.nodeValue : '')).join(' ') : '';
  }

  /** Whether the reader's modal dialog is open inside Lectern's element `host`. */
  async hasOpenDialogIn(host: string): Promise<boolean> {
    const node = await this.describe(host);
    if (!node) return false;
    return Array.from(walkDom(node)).some(
      (n) => n.localName === 'dialog' && (n.attributes ?? []).includes('open'),
    );
  }

  badgeText(): Promise<string> {
    return this.browser.badge().then((badge) => badge.text);
  }

  badgeTitle(): Promise<string> {
    return this.browser.badge().then((badge) => badge.title);
  }
}

/** Chromium with Lectern, watched for errors in its background. */
export class Browser {
  readonly backgroundErrors: string[] = [];
  private workerSession: TargetSession | null = null;

  private constructor(readonly chromium: ChromiumWithExtension) {}

  static async launch(): Promise<Browser> {
    const browser = new Browser(await launchChromiumWithExtension());
    try {
      await browser.watchBackground();
    } catch (error) {
      await browser.close();
      throw error;
    }
    return browser;
  }

  private async watchBackground(): Promise<void> {
    const { browserSession, serviceWorker } = this.chromium;
    const { targetInfos } = await browserSession.send('Target.getTargets', {
      filter: [{ type: 'service_worker' }],
    });
    const worker = targetInfos.find((info) => info.url === serviceWorker.url());
    if (!worker) throw new Error('The extension has no running service worker.');
    this.workerSession = await TargetSession.attach(browserSession, worker.targetId);
    this.workerSession.on('Runtime.exceptionThrown', (params) => {
      this.backgroundErrors.push(
        `uncaught: ${describeException(params.exceptionDetails as ExceptionDetails)}`,
      );
    });
    serviceWorker.on('console', (message) => {
      if (message.type() === 'error') this.backgroundErrors.push(`console.error: ${message.text()}`);
    });
    await this.workerSession.send('Runtime.enable');
  }

  /** Opens `url` in a new tab, which becomes the only one, and waits until it has loaded. */
  async open(url: string): Promise<Tab> {
    const { context } = this.chromium;
    const page = await context.newPage();
    for (const other of context.pages()) if (other !== page) await other.close();
    const session = await context.newCDPSession(page);
    const tab = new Tab(page, session, this);
    // Runtime events cover every world in the page, the reader's isolated one too.
    await session.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load' });
    // A navigation clears the toolbar badge when the background hears it start loading; wait until the
    // background has heard the tab finish, so a late 'loading' cannot clear the badge a test waits for.
    await waitFor(() => this.tabSettled(), 'the background to see the tab loaded');
    return tab;
  }

  private tabSettled(): Promise<true | null> {
    return this.chromium.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const tabs = await chrome.tabs.query({});
      return tabs.length === 1 && tabs[0]?.status === 'complete' ? true : null;
    });
  }

  /** The toolbar button's badge and title for the only tab. */
  badge(): Promise<{ text: string; title: string }> {
    return this.chromium.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const tabs = await chrome.tabs.query({});
      const tabId = tabs.length === 1 ? tabs[0]?.id : undefined;
      if (tabId === undefined) throw new Error(`Expected one tab, found ${tabs.length}.`);
      return {
        text: await chrome.action.getBadgeText({ tabId }),
        title: await chrome.action.getTitle({ tabId }),
      };
    });
  }

  async close(): Promise<void> {
    await this.workerSession?.detach();
    await this.chromium.close();
  }
}

const WAIT_MS = 15_000;

/** Polls `check` until it returns a value other than null; fails after a while, saying what it waited for. */
export async function waitFor<T>(check: () => Promise<T | null>, what: string, waitMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${waitMs} ms for ${what}.`);
    await delay(50);
  }
}
