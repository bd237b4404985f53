import { expect, it } from 'vitest';
import type { ReaderDriver } from '../harness/driver';
import type { ScenarioContext } from './context';
import {
  countElements,
  dialogs,
  openReader,
  READER_HOST,
  waitForReaderClosed,
  waitForTree,
  waitUntil,
} from './reader-ui';
import { SEED_PAGE_PATH } from './seed-news';

interface HostLog {
  changes: string[];
  mostAtOnce: number;
}

/**
 * Records, from the page's side, each time a reader host is added or removed and the most hosts ever present
 * at once. It only watches: nothing is written to the page's DOM.
 */
function watchReaderHosts(driver: ReaderDriver): Promise<void> {
  return driver.evaluate((host) => {
    const log: HostLog = { changes: [], mostAtOnce: 0 };
    Object.assign(window, { readerHostLog: log });
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes))
          if (node.nodeName === host.toUpperCase()) log.changes.push('added');
        for (const node of Array.from(record.removedNodes))
          if (node.nodeName === host.toUpperCase()) log.changes.push('removed');
      }
      log.mostAtOnce = Math.max(log.mostAtOnce, document.querySelectorAll(host).length);
    }).observe(document.documentElement, { childList: true, subtree: true });
  }, READER_HOST);
}

const readHostLog = (driver: ReaderDriver) =>
  driver.evaluate(() => (window as unknown as { readerHostLog: HostLog }).readerHostLog, null);

/** Waits until the page has seen `count` reader hosts come or go. */
const waitForHostChanges = (driver: ReaderDriver, count: number) =>
  waitUntil(
    async () => (await readHostLog(driver)).changes.length >= count,
    `${count} toggles of the reader`,
    async () => JSON.stringify(await readHostLog(driver)),
  );

export function toggleScenarios({ driver, server }: ScenarioContext): void {
  it('closes the reader when the toolbar button is clicked again', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    const htmlBefore = await driver().pageHtml();
    await openReader(driver());

    await driver().clickToolbarButton();
    await waitForReaderClosed(driver());

    expect(await driver().pageHtml()).toBe(htmlBefore);
  });

  it('opens and closes again on a double click, leaving the page as it was', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    const htmlBefore = await driver().pageHtml();
    await watchReaderHosts(driver());

    await Promise.all([driver().clickToolbarButton(), driver().clickToolbarButton()]);
    await waitForHostChanges(driver(), 2);

    expect(await readHostLog(driver())).toEqual({ changes: ['added', 'removed'], mostAtOnce: 1 });
    await waitForReaderClosed(driver());
    expect(await driver().pageHtml()).toBe(htmlBefore);
  });

  it('leaves exactly one reader open after three rapid clicks, and a fourth click closes it', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    const htmlBefore = await driver().pageHtml();
    await watchReaderHosts(driver());

    // Three clicks, none waiting for the reader: each toggles, in order.
    await Promise.all([
      driver().clickToolbarButton(),
      driver().clickToolbarButton(),
      driver().clickToolbarButton(),
    ]);
    await waitForHostChanges(driver(), 3);

    expect(await readHostLog(driver())).toEqual({ changes: ['added', 'removed', 'added'], mostAtOnce: 1 });
    expect(await countElements(driver(), READER_HOST)).toBe(1);
    const tree = await waitForTree(driver(), (t) => dialogs(t).length > 0, 'the reader dialog');
    expect(dialogs(tree)).toHaveLength(1);

    await driver().clickToolbarButton();
    await waitForReaderClosed(driver());
    expect((await readHostLog(driver())).changes).toEqual(['added', 'removed', 'added', 'removed']);
    expect(await driver().pageHtml()).toBe(htmlBefore);
  });
}
