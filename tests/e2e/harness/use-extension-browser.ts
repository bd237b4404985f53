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

/** A server a suite starts for itself; the harness closes it after the file. */
export interface Closable {
  close(): Promise<void>;
}

export interface ExtensionBrowserOptions<B extends ExtensionBrowser, S extends Closable = Served> {
  /** Which browser class to launch (default ExtensionBrowser). */
  kind?: BrowserKind<B>;
  /** A temporary profile folder with this name prefix, kept across relaunches and removed after the file. */
  profile?: string;
  /** What the page server answers (default: tests/e2e/pages/ and the seed page); false for no server. */
  server?: ((url: URL) => Reply | Promise<Reply>) | false;
  /** Starts a server of the suite's own (one that counts beacons, say) instead of the page server. */
  startServer?: () => Promise<S>;
  /** More launch options (headed, a display, switches). */
  launch?: Omit<LaunchOptions, 'userDataDir'>;
  /** Runs once everything has started, e.g. to save an article first. */
  ready?: (suite: ExtensionBrowserSuite<B, S>) => Promise<void>;
}

export interface ExtensionBrowserSuite<B extends ExtensionBrowser, S extends Closable = Served> {
  /** Chromium with Lectern, started once for the file (again after relaunch). */
  browser(): B;
  /** The page server (or the suite's own), started once for the file. */
  server(): S;
  /**
   * Stops the browser (`stop`, default close; a killed one is forgotten instead) and starts it again, on the
   * same profile or on `profile` (a folder from `newProfile`) from then on.
   */
  relaunch(stop?: (browser: B) => Promise<void>, profile?: string): Promise<B>;
  /** A new empty profile folder, removed after the file. */
  newProfile(prefix: string): Promise<string>;
}

/** A value started in beforeAll, or an error that points at beforeAll's own. */
export function started<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} did not start; see the error in beforeAll.`);
  return value;
}

/** Registers the file's setup and teardown of a browser with Lectern, its profile and its page server. */
export function useExtensionBrowser<
  B extends ExtensionBrowser = ExtensionBrowser,
  S extends Closable = Served,
>(options: ExtensionBrowserOptions<B, S> = {}): ExtensionBrowserSuite<B, S> {
  const kind = options.kind ?? (ExtensionBrowser as BrowserKind<ExtensionBrowser> as BrowserKind<B>);
  let profile = '';
  const folders: string[] = [];
  let server: S | null = null;
  let browser: B | null = null;
  const launch = () => kind.launch({ ...options.launch, ...(profile ? { userDataDir: profile } : {}) });
  const startServer = (): Promise<S | null> => {
    if (options.startServer) return options.startServer();
    if (options.server === false) return Promise.resolve(null);
    // Without startServer, S is Served.
    return (options.server ? serve(options.server) : startPageServer()) as Promise<Closable> as Promise<S>;
  };
  const suite: ExtensionBrowserSuite<B, S> = {
    browser: () => started(browser, 'Chromium'),
    server: () => started(server, 'The page server'),
    relaunch: async (stop = (running) => running.close(), nextProfile) => {
      const running = suite.browser();
      browser = null;
      await stop(running);
      if (nextProfile) profile = nextProfile;
      return (browser = await launch());
    },
    newProfile: async (prefix) => {
      const folder = await mkdtemp(join(tmpdir(), prefix));
      folders.push(folder);
      return folder;
    },
  };
  beforeAll(async () => {
    if (options.profile) profile = await suite.newProfile(options.profile);
    server = await startServer();
    browser = await launch();
    await options.ready?.(suite);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    // A closed Chromium's helper processes can still write to the profile for a moment (seen as ENOTEMPTY
    // on a loaded machine): removing it is tried again for a few seconds.
    await Promise.all(
      folders.map((folder) => rm(folder, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 })),
    );
  });
  return suite;
}
