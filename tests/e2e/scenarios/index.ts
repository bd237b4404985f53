import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { ReaderDriver } from '../support/driver';
import { startPageServer, type PageServer } from '../support/server';
import { closeAndRestoreScenarios } from './close-and-restore';
import type { ScenarioContext } from './context';
import { noArticleScenarios } from './no-article';
import { openOnArticleScenarios } from './open-on-article';
import { restrictedPageScenarios } from './restricted-page';
import { toggleScenarios } from './toggle';

function started<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} did not start; see the error in beforeAll.`);
  return value;
}

/**
 * Every end-to-end scenario, against one browser. A browser's test file calls this with its driver; the
 * browser and the page server start once for the file, and each scenario opens its own tab.
 */
export function describeReaderScenarios(browserName: string, launch: () => Promise<ReaderDriver>): void {
  describe(`Lectern in ${browserName}`, () => {
    let driver: ReaderDriver | null = null;
    let server: PageServer | null = null;

    beforeAll(async () => {
      server = await startPageServer();
      driver = await launch();
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });
    afterEach(() => {
      // Whatever a scenario did, neither the page nor the extension's background may have thrown.
      expect(driver?.pageErrors()).toEqual([]);
      expect(driver?.backgroundErrors()).toEqual([]);
    });

    const context: ScenarioContext = {
      driver: () => started(driver, browserName),
      server: () => started(server, 'the page server'),
    };
    openOnArticleScenarios(context);
    closeAndRestoreScenarios(context);
    toggleScenarios(context);
    noArticleScenarios(context);
    restrictedPageScenarios(context);
  });
}
