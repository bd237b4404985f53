import { afterAll, beforeAll } from 'vitest';
import { startPageServer, type PageServer } from '../harness/page-server';
import { launchFirefoxDriver, type FirefoxDriver } from './driver';

/**
 * A suite's Firefox with the add-on and the page server beside it, started before its tests and stopped
 * after them. Runs against the built add-on in .output/firefox-mv3: `npm run build:firefox` first.
 */
export function useFirefoxWithPages(): { driver: () => FirefoxDriver; server: () => PageServer } {
  let driver: FirefoxDriver | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await startPageServer();
    driver = await launchFirefoxDriver();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} has not started`);
    return value;
  };
  return { driver: () => started(driver, 'Firefox'), server: () => started(server, 'The page server') };
}
