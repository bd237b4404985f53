import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { requireChromeBuild } from './paths';
import { pollFor } from '../support/poll';

/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere when a machine keeps it somewhere else. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Default true. Headed needs a display. */
  headless?: boolean;
  /** Default: the Chrome build in .output/chrome-mv3 (which must exist). */
  extensionDir?: string;
  /** A profile folder kept between launches (to relaunch with the same data); default a fresh temporary one. */
  userDataDir?: string;
  /** More command-line switches, after the ones every launch needs. */
  extraArgs?: string[];
  /** The X display a headed browser opens its window on (a virtual one in the tests). */
  display?: string;
  /** More environment variables for the browser (a private runtime folder for its speech service, say). */
  env?: Record<string, string>;
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  extensionId: string;
  /** A browser-level DevTools session, for the commands that act on the browser's UI. */
  browserSession: CDPSession;
  /** The X display of a headed browser's window; undefined when headless. */
  display: string | undefined;
  close(): Promise<void>;
}

function argsFor(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Lets DevTools press the extension's toolbar button (Extensions.triggerAction).
    '--enable-unsafe-extension-debugging',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    // Without these Chromium keeps calling home, and on a closed network it floods the log with retries.
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * Waits until the background listens for the toolbar click. On a fresh profile the service worker exists
 * before its first run has added its listeners, and a click in between finds no listener and is dropped
 * (on a loaded machine that first run can take seconds). A user's first click comes long after.
 */
async function untilClickHeard(serviceWorker: Worker): Promise<void> {
  await pollFor(
    async () =>
      (await serviceWorker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { action: { onClicked: { hasListeners(): boolean } } } }
        ).chrome.action.onClicked.hasListeners(),
      )) || undefined,
    { timeoutMs: 15_000, intervalMs: 50, fail: () => 'The background never listened for the toolbar click.' },
  );
}

/** Starts Chromium with a fresh profile and Lectern installed from its build folder. */
export async function launchChromiumWithExtension(
  options: LaunchOptions = {},
): Promise<ChromiumWithExtension> {
  const extensionDir = options.extensionDir ?? requireChromeBuild();
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless,
    // Headed, the page fills the window the user can resize; headless, a fixed 1280×720 viewport.
    ...(headless ? {} : { viewport: null }),
    args: [...argsFor(extensionDir), ...(options.extraArgs ?? [])],
    ...(options.display || options.env
      ? { env: { ...process.env, ...options.env, ...(options.display ? { DISPLAY: options.display } : {}) } }
      : {}),
    // Playwright turns extensions off by default; the whole point here is to load one.
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await untilClickHeard(serviceWorker);
    const browser = context.browser();
    if (!browser) throw new Error('Chromium gave no browser object for the persistent context.');
    return {
      context,
      serviceWorker,
      extensionId: new URL(serviceWorker.url()).host,
      browserSession: await browser.newBrowserCDPSession(),
      display: headless ? undefined : options.display,
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw new Error(`Lectern did not load from ${extensionDir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
