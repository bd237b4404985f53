import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { ReaderDriver } from '../harness/driver';
import { startPageServer, type PageServer } from '../harness/page-server';
import { started } from '../harness/use-extension-browser';
import { closeAndRestoreScenarios } from './close-and-restore';
import type { ScenarioContext } from './context';
import { leastPrivilegeScenarios } from './least-privilege';
import { noArticleScenarios } from './no-article';
import { openOnArticleScenarios } from './open-on-article';
import { optionsReachReaderScenarios } from './options-reach-reader';
import { restrictedPageScenarios } from './restricted-page';
import { saveToListScenarios } from './save-to-list';
import { toggleScenarios } from './toggle';

/**
 * Scenarios against one browser, launched once for the file with the page server; each scenario opens its
 * own tab, and after each neither the page nor the extension's background may have thrown.
 */
export function describeScenarios<D extends ReaderDriver>(
  title: string,
  launch: () => Promise<D>,
  scenarios: Array<(context: ScenarioContext<D>) => void>,
): void {
  describe(title, () => {
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
      expect(driver?.pageErrors()).toEqual([]);
      expect(driver?.backgroundErrors()).toEqual([]);
    });

    const context: ScenarioContext<D> = {
      driver: () => started(driver, title),
      server: () => started(server, 'the page server'),
    };
    for (const scenario of scenarios) scenario(context);
  });
}

/**
 * Every end-to-end scenario, against one browser. `more` adds scenarios only some drivers can run (real
 * browser shortcuts, say), in the same browser.
 */
export function describeReaderScenarios<D extends ReaderDriver>(
  browserName: string,
  launch: () => Promise<D>,
  more?: (context: ScenarioContext<D>) => void,
): void {
  describeScenarios(`Lectern in ${browserName}`, launch, [
    openOnArticleScenarios,
    closeAndRestoreScenarios,
    toggleScenarios,
    noArticleScenarios,
    restrictedPageScenarios,
    saveToListScenarios,
    optionsReachReaderScenarios,
    ...(more ? [more] : []),
    // Last: everything above ran on the activeTab grant alone.
    leastPrivilegeScenarios,
  ]);
}
