import { expect, it } from 'vitest';
import { collapse } from '../support/ax-tree';
import type { ScenarioContext } from '../scenarios/context';
import { dialogs, waitForReaderClosed, waitForTree } from '../scenarios/reader-ui';
import { SEED_PAGE_PATH, seedNews } from '../scenarios/seed-news';
import type { FirefoxDriver } from './driver';

/** What only Firefox runs: the browser shortcut, pressed as keyboard input (Chromium has no way to press it). */
export function firefoxScenarios({ driver, server }: ScenarioContext<FirefoxDriver>): void {
  it('opens the reader with its keyboard shortcut, Alt+Shift+R, and closes it with the same keys', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    const htmlBefore = await driver().pageHtml();

    await driver().pressReaderShortcut();
    const tree = await waitForTree(driver(), (t) => dialogs(t).length > 0, 'the reader to open');
    expect(dialogs(tree).map((dialog) => collapse(dialog.name))).toEqual([seedNews.title]);

    await driver().pressReaderShortcut();
    await waitForReaderClosed(driver());
    expect(await driver().pageHtml()).toBe(htmlBefore);
  });
}
