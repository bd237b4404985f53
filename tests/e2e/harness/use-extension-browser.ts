import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ExtensionBrowser } from './extension-browser';
import type { ChromiumWithExtension, LaunchOptions } from './launch';
import { startPageServer } from './page-server';
import { serve, type Reply, type Served } from './serve';

/** ExtensionBrowser or a suite's layer over it (LibraryBrowser, CrashableBrowser, ...). */
type BrowserKind<B extends ExtensionBrowser> = (new (
  chromium: ChromiumWithExtension,
  options: LaunchOptions,
) => B) & { launch: typeof ExtensionBrowser.launch };

export interface ExtensionBrowserOptions<B extends ExtensionBrowser> {
  /** Which browser class to launch (default ExtensionBrowser). */
  kind?: BrowserKind<B>;
  /** A temporary profile folder with this name prefix, kept across relaunches and removed after the file. */
  profile?: string;
  /** What the page server answers (default: tests/e2e/pages/ and the seed page); false for no server. */
  server?: ((url: URL) => Reply | Promise<Reply>) | false;
  /** More launch options (headed, a display, switches). */
  launch?: Omit<LaunchOptions, 'userDataDir'>;
  /** Runs once everything has started, e.g. to save an article first. */
  ready?: (suite: ExtensionBrowserSuite<B>) => Promise<void>;
}

export interface ExtensionBrowserSuite<B extends ExtensionBrowser> {
  /** Chromium with Lectern, started once for the file (again after relaunch). */
  browser(): B;
  /** The page server, started once for the file. */
  server(): Served;
  /**
   * Stops the browser (`stop`, default close; a killed one is forgotten instead) and starts it again on the
   * same profile.
   */
  relaunch(stop?: (browser: B) => Promise<void>): Promise<B>;
}

/** Registers the file's setup and teardown of a browser with Lectern, its profile and its page server. */
export function useExtensionBrowser<B extends ExtensionBrowser = ExtensionBrowser>(
  options: ExtensionBrowserOptions<B> = {},
): ExtensionBrowserSuite<B> {
  const kind = options.kind ?? (ExtensionBrowser as BrowserKind<ExtensionBrowser> as BrowserKind<B>);
  let profile = '';
  let server: Served | null = null;
  let browser: B | null = null;
  const launch = () => kind.launch({ ...options.launch, ...(profile ? { userDataDir: profile } : {}) });
  const suite: ExtensionBrowserSuite<B> = {
    browser: () => {
      if (!browser) throw new Error('Chromium did not start; see the error in beforeAll.');
      return browser;
    },
    server: () => {
      if (!server) throw new Error('The page server did not start; see the error in beforeAll.');
      return server;
    },
    relaunch: async (stop = (running) => running.close()) => {
      const running = suite.browser();
      browser = null;
      await stop(running);
      return (browser = await launch());
    },
  };
  beforeAll(async () => {
    if (options.profile) profile = await mkdtemp(join(tmpdir(), options.profile));
    if (options.server !== false) server = await (options.server ? serve(options.server) : startPageServer());
    browser = await launch();
    await options.ready?.(suite);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });
  return suite;
}
