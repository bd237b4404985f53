import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import { collapse } from '../support/ax-tree';
import type { ScenarioContext } from '../scenarios/context';
import { dialogs, waitForReaderClosed, waitForTree, waitUntil } from '../scenarios/reader-ui';
import { SEED_PAGE_PATH, seedNews } from '../scenarios/seed-news';
import type { FirefoxDriver } from './driver';

/** The reader's background in the light and dark themes (components/reader.css). */
const LIGHT = 'rgb(251, 251, 248)';
const DARK = 'rgb(27, 29, 33)';

/** The colour drawn near the bottom-left corner of the tab, where the open reader shows its background. */
async function cornerColour(driver: FirefoxDriver): Promise<string> {
  const png = PNG.sync.read(Buffer.from(await driver.current.screenshot()));
  const offset = ((png.height - 4) * png.width + 4) * 4;
  const [r, g, b] = png.data.subarray(offset, offset + 3);
  return `rgb(${r}, ${g}, ${b})`;
}

/** What only Firefox runs: its own shortcut path, and settings reaching an open reader. */
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

  it('a theme chosen on the options page restyles the open reader, without reloading it', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    await driver().clickToolbarButton();
    await waitForTree(driver(), (t) => dialogs(t).length > 0, 'the reader to open');
    await driver().evaluate(() => Object.assign(window, { lecternTestMark: 1 }), null);
    const readerTab = driver().current;
    expect(await cornerColour(driver())).toBe(LIGHT);

    await driver().openTab(new URL('options.html', driver().firefox.extensionOrigin).href, { only: false });
    await driver().clickByRole('radio', 'Dark');

    await driver().switchTo(readerTab);
    await waitUntil(
      async () => (await cornerColour(driver())) === DARK,
      'the reader to turn dark',
      () => cornerColour(driver()),
    );
    // Same document: a reload would have lost the mark, and closed the reader.
    expect(
      await driver().evaluate(() => (window as { lecternTestMark?: number }).lecternTestMark, null),
    ).toBe(1);
    expect(dialogs(await driver().axTree())).toHaveLength(1);
  });
}
