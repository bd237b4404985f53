import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { CHROMIUM_PATH } from '../../tests/e2e/chromium/launch';
import { requireChromeBuild } from '../../tests/e2e/support/paths';

export interface OfflineChromium {
  context: BrowserContext;
  extensionId: string;
  browserSession: CDPSession;
  close(): Promise<void>;
}

/**
 * Headless Debian Chromium with the built extension, as tests/e2e/chromium/launch.ts starts it, plus one
 * thing the shared launcher has no option for: every request that is not to 127.0.0.1 goes to a proxy
 * that does not exist (port 9, discard), so it fails at once and nothing a corpus page asks for (images,
 * fonts, iframes, IP-literal URLs) reaches the network. Loopback bypasses a proxy by default in Chromium.
 * A proxy rather than request interception keeps the timed path free of DevTools round trips.
 */
export async function launchOfflineChromium(): Promise<OfflineChromium> {
  const extensionDir = requireChromeBuild();
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--proxy-server=http://127.0.0.1:9',
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const browser = context.browser();
    if (!browser) throw new Error('Chromium gave no browser object for the persistent context.');
    return {
      context,
      extensionId: new URL(worker.url()).host,
      browserSession: await browser.newBrowserCDPSession(),
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}
