import { launchChromiumWithExtension, type ChromiumWithExtension } from '../../tests/e2e/harness/launch';

export type OfflineChromium = ChromiumWithExtension;

/**
 * Headless Debian Chromium with the built extension, as the end-to-end tests start it, where every request
 * that is not to 127.0.0.1 goes to a proxy that does not exist (port 9, discard), so it fails at once and
 * nothing a corpus page asks for (images, fonts, iframes, IP-literal URLs) reaches the network. Loopback
 * bypasses a proxy by default in Chromium. A proxy rather than request interception keeps the timed path
 * free of DevTools round trips.
 */
export function launchOfflineChromium(extensionDir: string): Promise<OfflineChromium> {
  return launchChromiumWithExtension({ extensionDir, extraArgs: ['--proxy-server=http://127.0.0.1:9'] });
}
