import { byRole, findAll, outline, type AxNode } from '../support/ax-tree';
import type { LibraryBrowser } from '../chromium/library-browser';
import { waitUntil } from '../scenarios/reader-ui';

/** Re-reads the tab's accessibility tree until `ready` holds; fails showing the last tree. */
export async function waitForAx(
  browser: LibraryBrowser,
  ready: (tree: AxNode) => boolean,
  what: string,
): Promise<AxNode> {
  let tree: AxNode | null = null;
  await waitUntil(
    async () => ready((tree = await browser.axTree())),
    what,
    async () => (tree ? outline(tree) : 'no tree'),
  );
  return tree!;
}

export const hasNode = (role: string, name: string) => (tree: AxNode) =>
  findAll(tree, byRole(role, name)).length > 0;

/** The reading list's entries: links whose target is an article. */
export function entryLinks(browser: LibraryBrowser): Promise<string[]> {
  return browser.page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="#/article/"]')).map(
      (a) => a.textContent ?? '',
    ),
  );
}
