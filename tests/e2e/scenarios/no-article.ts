import { expect, it } from 'vitest';
import type { ScenarioContext } from './context';
import { countElements, dialogs, NOTICE_HOST, noticesIn, waitForTree } from './reader-ui';

export const NO_ARTICLE_PAGE_PATH = '/no-article.html';

export function noArticleScenarios({ driver, server }: ScenarioContext): void {
  it('shows a "No article found" notice and no reader on a page without an article; Escape dismisses it', async () => {
    await driver().openPage(server().url(NO_ARTICLE_PAGE_PATH));
    const htmlBefore = await driver().pageHtml();

    await driver().clickToolbarButton();
    const tree = await waitForTree(driver(), (t) => noticesIn(t).length > 0, 'the "No article found" notice');
    expect(noticesIn(tree)).toHaveLength(1);
    expect(dialogs(tree)).toEqual([]);

    // The key is handled by the time pressKey returns, so the notice must be gone at once: waiting here
    // would let its own 4 s timer close it and hide an Escape that does nothing.
    await driver().pressKey('Escape');
    expect(await countElements(driver(), NOTICE_HOST)).toBe(0);
    expect(noticesIn(await driver().axTree())).toEqual([]);
    expect(await driver().pageHtml()).toBe(htmlBefore);
  });
}
