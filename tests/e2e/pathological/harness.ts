import { setTimeout as delay } from 'node:timers/promises';
import type { CDPSession, Page } from 'playwright-core';
import { ExtensionBrowser, type ChromiumTab } from '../harness/extension-browser';

export const READER_HOST = 'lectern-reader';
export const NOTICE_HOST = 'lectern-notice';
export const TOO_LARGE_MESSAGE = 'This page is too large to open in the reader';
export const NO_ARTICLE_MESSAGE = 'No article found on this page';
export const UNSUPPORTED_MESSAGE = "Lectern can't read this kind of document";

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
  tabs: { query(filter: object): Promise<Array<{ status?: string }>> };
}

/** One tab under test: its page, a DevTools session on it and the errors thrown in any of its worlds. */
export class Tab {
  constructor(
    private readonly tab: ChromiumTab,
    readonly browser: Browser,
  ) {}

  get page(): Page {
    return this.tab.page;
  }

  get session(): CDPSession {
    return this.tab.session;
  }

  get errors(): string[] {
    return this.tab.errors;
  }

  clickToolbarButton(): Promise<void> {
    return this.browser.clickToolbarButton(this.page);
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

/** Chromium with Lectern, for pages that take the reader to its limits. */
export class Browser extends ExtensionBrowser {
  /** Opens `url` in a new tab, which becomes the only one, and waits until it has loaded. */
  async open(url: string): Promise<Tab> {
    const tab = new Tab(await this.openTab(url), this);
    // A navigation clears the toolbar badge when the background hears it start loading; wait until the
    // background has heard the tab finish, so a late 'loading' cannot clear the badge a test waits for.
    await waitFor(() => this.tabSettled(), 'the background to see the tab loaded');
    return tab;
  }

  private tabSettled(): Promise<true | null> {
    return this.inBackground(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const tabs = await chrome.tabs.query({});
      return tabs.length === 1 && tabs[0]?.status === 'complete' ? true : null;
    });
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
