import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { ReaderDriver } from '../support/driver';
import { startPageServer, type PageServer } from '../support/server';
import { closeAndRestoreScenarios } from './close-and-restore';
import type { ScenarioContext } from './context';
import { leastPrivilegeScenarios } from './least-privilege';
import { noArticleScenarios } from './no-article';
import { openOnArticleScenarios } from './open-on-article';
import { optionsReachReaderScenarios } from './options-reach-reader';
import { restrictedPageScenarios } from './restricted-page';
import { saveToListScenarios } from './save-to-list';
import { toggleScenarios } from './toggle';

function started<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} did not start; see the error in beforeAll.`);
  return value;
}

/**
 * Every end-to-end scenario, against one browser. A browser's test file calls this with its driver; the
 * browser and the page server start once for the file, and each scenario opens its own tab. `more` adds
 * scenarios only that browser has (its own shortcut handling, say), run in the same browser.
 */
export function describeReaderScenarios<D extends ReaderDriver>(
  browserName: string,
  launch: () => Promise<D>,
  more?: (context: ScenarioContext<D>) => void,
): void {
  describe(`Lectern in ${browserName}`, () => {
    let driver: D | null = null;
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

    const context: ScenarioContext<D> = {
      driver: () => started(driver, browserName),
      server: () => started(server, 'the page server'),
    };
    openOnArticleScenarios(context);
    closeAndRestoreScenarios(context);
    toggleScenarios(context);
    noArticleScenarios(context);
    restrictedPageScenarios(context);
    saveToListScenarios(context);
    optionsReachReaderScenarios(context);
    more?.(context);
    // Last: everything above ran on the activeTab grant alone.
    leastPrivilegeScenarios(context);
  });
}
