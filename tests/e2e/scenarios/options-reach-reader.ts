import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import { byRole, findAll } from '../support/ax-tree';
import type { ReaderDriver } from '../harness/driver';
import type { ScenarioContext } from './context';
import { dialogs, openReader, waitForTree, waitUntil } from './reader-ui';
import { SEED_PAGE_PATH } from './seed-news';

/** The reader's background in the light and dark themes (components/reader.css). */
const LIGHT = 'rgb(251, 251, 248)';
const DARK = 'rgb(27, 29, 33)';

/** The colour drawn near the bottom-left corner of the tab, where an open reader shows its background. */
async function cornerColour(driver: ReaderDriver): Promise<string> {
  const file = join(tmpdir(), `lectern-corner-${process.pid}.png`);
  await driver.screenshot(file);
  const png = PNG.sync.read(await readFile(file));
  await rm(file, { force: true });
  const offset = ((png.height - 4) * png.width + 4) * 4;
  const [r, g, b] = png.data.subarray(offset, offset + 3);
  return `rgb(${r}, ${g}, ${b})`;
}

export function optionsReachReaderScenarios({ driver, server }: ScenarioContext): void {
  it('a theme chosen on the options page restyles the open reader, without reloading it', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    await openReader(driver());
    await driver().evaluate(() => Object.assign(window, { lecternTestMark: 1 }), null);
    expect(await cornerColour(driver())).toBe(LIGHT);

    await driver().openExtensionPage('options.html', { beside: true });
    await waitForTree(
      driver(),
      (tree) => findAll(tree, byRole('radio', 'Dark')).length > 0,
      'the Dark theme',
    );
    await driver().clickByRole('radio', 'Dark');

    await driver().backToPreviousTab();
    await waitUntil(
      async () => (await cornerColour(driver())) === DARK,
      'the reader to turn dark',
      () => cornerColour(driver()),
    );
    // Same document: a reload would have lost the mark, and closed the reader.
    const mark = await driver().evaluate(
      () => (window as { lecternTestMark?: number }).lecternTestMark,
      null,
    );
    expect(mark).toBe(1);
    expect(dialogs(await driver().axTree())).toHaveLength(1);
  });
}
