import type { Page } from 'puppeteer-core';
import {
  browsingContextOf,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from '../../tests/e2e/firefox/launch';
import type { BenchTab } from './measure-page';

/**
 * Every request that is not to 127.0.0.1 goes to a proxy that does not exist (port 9, discard), as in the
 * Chromium bench (launch.ts); Firefox never sends loopback through a proxy. Accessibility is left off, as
 * for a user without a screen reader: the end-to-end tests force it on to read the tree, and building that
 * tree for every change to the page would be timed too. Firefox rounds `performance.now()` to whole
 * milliseconds by default (a fingerprinting defence); the bench reads it at Chromium's finer grain.
 */
const BENCH_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'accessibility.force_disabled': 1,
  'privacy.reduceTimerPrecision': false,
};

/** Headless Firefox ESR with the Firefox build installed, the way the end-to-end tests start it. */
export function launchOfflineFirefox(extensionDir: string): Promise<FirefoxWithExtension> {
  return launchFirefoxWithExtension(extensionDir, BENCH_PREFS);
}

/** WebDriver BiDi's serialised value (script.RemoteValue), for the kinds the bench's scripts return. */
interface RemoteValue {
  type: string;
  value?: unknown;
}

function fromRemote(remote: RemoteValue): unknown {
  switch (remote.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return remote.value;
    case 'number':
      return typeof remote.value === 'number' ? remote.value : Number(remote.value);
    case 'array':
      return (remote.value as RemoteValue[]).map(fromRemote);
    case 'object':
      return Object.fromEntries(
        (remote.value as Array<[string, RemoteValue]>).map(([key, value]) => [key, fromRemote(value)]),
      );
    default:
      throw new Error(`the bench's script returned a ${remote.type}, which it cannot read`);
  }
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text?: string };
}

/** Counts the pages' requests for other hosts than 127.0.0.1, and how many got a response (none should). */
export interface OffHostCounts {
  attempted: number;
  answered: number;
}

/** The bench's own world in each document, as Chromium's isolated world is named in page-session.ts. */
const SANDBOX = 'lectern-bench';

const offHost = (url: string) => /^(https?|wss?):/.test(url) && new URL(url).hostname !== '127.0.0.1';

/**
 * The bench's Firefox tab. Its world is a WebDriver BiDi sandbox in the page's document: like Chromium's
 * isolated world, it sees the page's DOM (through the same Xray wrappers Firefox gives content scripts) and
 * none of the page's scripts, and a new document gets a new one. The toolbar click is the end-to-end tests'
 * (chrome-hooks.ts): the button's own `triggerAction` in the browser window, so `action.onClicked` fires with
 * the activeTab grant; it acts on the selected tab, and the bench keeps only one.
 */
export class FirefoxTab implements BenchTab {
  private constructor(
    private readonly firefox: FirefoxWithExtension,
    readonly page: Page,
  ) {}

  /** A new tab, the only one in the window; its requests for other hosts are counted into `counts`. */
  static async open(firefox: FirefoxWithExtension, counts: OffHostCounts): Promise<FirefoxTab> {
    const page = await firefox.browser.newPage();
    for (const other of await firefox.browser.pages()) if (other !== page) await other.close();
    page.on('request', (request) => {
      if (offHost(request.url())) counts.attempted++;
    });
    page.on('response', (response) => {
      if (offHost(response.url())) counts.answered++;
    });
    return new FirefoxTab(firefox, page);
  }

  async goto(url: string, timeoutMs: number): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  }

  /** Evaluates `expression` in the bench's sandbox, awaiting a promise; returns BiDi's serialised value. */
  private async evaluateRemote(expression: string, sandbox?: string): Promise<RemoteValue> {
    const { result } = await this.firefox.send('script.evaluate', {
      expression,
      target: { context: browsingContextOf(this.page), ...(sandbox ? { sandbox } : {}) },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const response = result as EvaluateResult;
    if (response.type === 'exception')
      throw new Error(response.exceptionDetails?.text ?? 'evaluation failed');
    return response.result ?? { type: 'undefined' };
  }

  async evaluate<T>(expression: string): Promise<T> {
    return fromRemote(await this.evaluateRemote(expression, SANDBOX)) as T;
  }

  async run(source: string): Promise<void> {
    await this.evaluateRemote(source, SANDBOX);
  }

  /** The page's own world (BiDi evaluates there without the page's CSP applying to it). */
  readonly pageWorld = {
    evaluate: async <T>(expression: string): Promise<T> =>
      fromRemote(await this.evaluateRemote(expression)) as T,
    run: async (source: string): Promise<void> => {
      await this.evaluateRemote(source);
    },
  };

  clickToolbar(): Promise<void> {
    return this.firefox.hooks.clickToolbarButton();
  }

  pressEscape(): Promise<void> {
    return this.page.keyboard.press('Escape');
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => {});
  }
}
