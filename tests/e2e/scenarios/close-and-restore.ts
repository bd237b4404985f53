import { expect, it } from 'vitest';
import { walk, type AxNode } from '../support/ax-tree';
import type { ReaderDriver } from '../harness/driver';
import type { ScenarioContext } from './context';
import { dialogs, holdsFocus, openReader, waitForReaderClosed, waitForTree } from './reader-ui';
import { SEED_PAGE_PATH } from './seed-news';

/** A link in the page's own navigation, where the user's focus was before opening the reader. */
const PAGE_LINK = 'nav a[href="/world"]';

function focusAndScroll(driver: ReaderDriver): Promise<{ focused: boolean; x: number; y: number }> {
  return driver.evaluate((selector) => {
    document.querySelector<HTMLElement>(selector)!.focus();
    window.scrollTo(0, document.documentElement.scrollHeight / 3);
    return { focused: document.activeElement?.matches(selector) ?? false, x: scrollX, y: scrollY };
  }, PAGE_LINK);
}

function viewState(driver: ReaderDriver): Promise<{ focused: boolean; x: number; y: number }> {
  return driver.evaluate(
    (selector) => ({ focused: document.activeElement?.matches(selector) ?? false, x: scrollX, y: scrollY }),
    PAGE_LINK,
  );
}

/** Focused nodes below the document itself (the document node reports focus whenever the tab has it). */
const focusedNodes = (tree: AxNode) =>
  Array.from(walk(tree)).filter((node) => node !== tree && node.properties.focused === true);

export function closeAndRestoreScenarios({ driver, server }: ScenarioContext): void {
  it('keeps focus in the reader; Escape closes it and gives back focus, scroll position and the exact page', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    const before = await focusAndScroll(driver());
    expect(before.focused).toBe(true);
    expect(before.y).toBeGreaterThan(0);
    const htmlBefore = await driver().pageHtml();

    await openReader(driver());
    // Focus moves in as the reader mounts; on a busy machine the tree can be read between the two.
    const tree = await waitForTree(
      driver(),
      (now) => dialogs(now).some(holdsFocus),
      'focus to move into the reader',
    ).catch(async (error: Error) => {
      // Where the page's own view of the focus was: the tab's, and the element holding it.
      const seen = await driver().evaluate(
        () =>
          `document.hasFocus() ${document.hasFocus()}, active element <${document.activeElement?.localName}>`,
        null,
      );
      throw new Error(`${error.message}\n(${seen})`, { cause: error });
    });
    const [dialog] = dialogs(tree) as [AxNode];
    expect(holdsFocus(dialog)).toBe(true);
    expect(focusedNodes(tree).every((node) => Array.from(walk(dialog)).includes(node))).toBe(true);

    await driver().pressKey('Escape');
    await waitForReaderClosed(driver());

    expect(await viewState(driver())).toEqual(before);
    expect(await driver().pageHtml()).toBe(htmlBefore);
  });
}
