import { expect, it } from 'vitest';
import { byRole, findAll, type AxNode } from '../support/ax-tree';
import type { ReaderDriver } from '../harness/driver';
import type { ScenarioContext } from './context';
import { openReader, waitForTree, waitUntil } from './reader-ui';
import { SEED_PAGE_PATH, seedNews } from './seed-news';

const hasButton = (name: string) => (tree: AxNode) => findAll(tree, byRole('button', name)).length > 0;

/** The reading list's entries: links whose target is an article. */
export const entryLinks = (driver: ReaderDriver) =>
  driver.evaluate(
    () =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="#/article/"]')).map(
        (a) => a.textContent ?? '',
      ),
    null,
  );

export function saveToListScenarios({ driver, server }: ScenarioContext): void {
  it('saves the article from the reader’s Save button, and the reading list page lists it', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    await openReader(driver());
    await waitForTree(driver(), hasButton('Save'), 'the reader’s Save button');

    await driver().clickByRole('button', 'Save');
    const tree = await waitForTree(driver(), hasButton('Saved'), 'the button to say Saved');
    expect(findAll(tree, byRole('button', 'Save'))).toEqual([]);

    await driver().openExtensionPage('library.html');
    await waitUntil(async () => (await entryLinks(driver())).length > 0, 'an entry on the reading list');
    expect(await entryLinks(driver())).toEqual([seedNews.title]);
  });

  it('knows the saved page again by its canonical URL (no tracking parameters, no fragment): the reader says Saved, the list keeps one entry', async () => {
    await driver().openPage(server().url(`${SEED_PAGE_PATH}?utm_source=newsletter#comments`));
    await openReader(driver());
    const tree = await waitForTree(driver(), hasButton('Saved'), 'the Saved button of an already saved page');
    expect(findAll(tree, byRole('button', 'Save'))).toEqual([]);

    await driver().openExtensionPage('library.html');
    await waitUntil(async () => (await entryLinks(driver())).length > 0, 'an entry on the reading list');
    expect(await entryLinks(driver())).toEqual([seedNews.title]);
  });
}
