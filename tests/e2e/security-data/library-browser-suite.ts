import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { LibraryBrowser } from '../chromium/library-browser';
import { startPageServer, type PageServer } from '../harness/page-server';

export interface LibraryBrowserSuite {
  /** Chromium with Lectern on a fresh profile of its own, started once for the file. */
  browser(): LibraryBrowser;
  /** The page server, started once for the file. */
  server(): PageServer;
}

/**
 * Registers the file's setup and teardown: a temporary profile, the page server and Chromium with Lectern
 * (then `ready`, e.g. to save an article first); all of it is closed and removed after the file.
 */
export function useLibraryBrowser(
  profilePrefix: string,
  ready?: (suite: LibraryBrowserSuite) => Promise<void>,
): LibraryBrowserSuite {
  let profile = '';
  let server: PageServer | null = null;
  let browser: LibraryBrowser | null = null;
  const suite: LibraryBrowserSuite = {
    browser: () => {
      if (!browser) throw new Error('Chromium did not start.');
      return browser;
    },
    server: () => {
      if (!server) throw new Error('The page server did not start.');
      return server;
    },
  };
  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), profilePrefix));
    server = await startPageServer();
    browser = await LibraryBrowser.launch({ userDataDir: profile });
    await ready?.(suite);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });
  return suite;
}
