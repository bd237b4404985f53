import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from '../../support/paths';
import { ChromeHooks, type BidiSend } from './chrome-hooks';

/** Debian's Firefox ESR; `FIREFOX_PATH` points elsewhere when a machine keeps it somewhere else. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build (`npm run build:firefox`), installed unpacked as a temporary add-on. */
export const FIREFOX_BUILD_DIR = resolve(REPO_ROOT, '.output', 'firefox-mv3');
/**
 * The add-on's moz-extension:// host, fixed before launch (Firefox otherwise picks a random one per
 * profile), so the tests know the address of its pages.
 */
export const EXTENSION_UUID = '5d0e4c1a-7b3f-4e2a-9c6d-8f1b2a3c4d5e';

export interface FirefoxWithExtension {
  browser: Browser;
  hooks: ChromeHooks;
  /** moz-extension://<uuid>/ */
  extensionOrigin: string;
  /** A raw WebDriver BiDi command, for what puppeteer does not offer. */
  send: BidiSend;
  close(): Promise<void>;
}

async function addonIdOf(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(resolve(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`The manifest in ${extensionDir} declares no gecko id.`);
  return id;
}

/** The puppeteer internals used here: the raw BiDi connection and a tab's browsing context id. */
interface BidiInternals {
  connection: { send: BidiSend };
}
export const browsingContextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Starts Firefox ESR headless with a fresh profile over WebDriver BiDi and installs Lectern from its build
 * folder as a temporary add-on. No host permission is granted: the add-on runs as a user gets it.
 */
export async function launchFirefoxWithExtension(
  extensionDir = FIREFOX_BUILD_DIR,
  /** More preferences for the profile (e.g. optional permissions granted without their prompt). */
  prefs: Record<string, unknown> = {},
  /** More environment for the browser (e.g. the runtime folder of a speech service started for it). */
  env: Record<string, string> = {},
): Promise<FirefoxWithExtension> {
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run npm run build:firefox first.`);
  }
  const addonId = await addonIdOf(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    env: { ...process.env, ...env } as Record<string, string>,
    // The viewport the Chromium tests have, so both browsers lay out the same pages alike.
    defaultViewport: { width: 1280, height: 720 },
    // Lets WebDriver BiDi run code in the browser window (chrome-hooks.ts).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      // Platform accessibility forced on, as when a screen reader is running (the tree is read in chrome-hooks.ts).
      'accessibility.force_disabled': -1,
      ...prefs,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const send: BidiSend = (method, params) =>
      (browser as unknown as BidiInternals).connection.send(method, params);
    const hooks = await ChromeHooks.attach(send, addonId, EXTENSION_UUID);
    return {
      browser,
      hooks,
      send,
      extensionOrigin: `moz-extension://${EXTENSION_UUID}/`,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw new Error(`Lectern did not install in Firefox from ${extensionDir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
