import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { announcedNodes, byRole, collapse, findAll, textOf, type AxNode } from '../support/ax-tree';
import { ARTIFACTS_DIR } from '../harness/paths';
import { pollFor } from '../support/poll';
import type { ScenarioContext } from './context';
import { dialogs, openReader } from './reader-ui';
import { SEED_CLUTTER_SELECTORS, SEED_PAGE_PATH, seedNews } from './seed-news';

const isToolbar = (node: AxNode) => node.role === 'toolbar';
const lowerName = (node: AxNode) => collapse(node.name).toLowerCase();

/** What the page itself exposes to a screen reader: every announced string outside the reader's dialog. */
function pageStrings(tree: AxNode): string[] {
  return announcedNodes(tree, (node) => node.role === 'dialog')
    .filter((node) => node.role !== 'RootWebArea')
    .map((node) => collapse(node.name));
}

export function openOnArticleScenarios({ driver, server }: ScenarioContext): void {
  it('opens the article from a toolbar click: a modal dialog named by the title, with all of the article and none of the clutter', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    const tree = await openReader(driver());

    const open = dialogs(tree);
    expect(open).toHaveLength(1);
    const [dialog] = open as [AxNode];
    expect(dialog.properties.modal).toBe(true);
    expect(collapse(dialog.name)).toBe(seedNews.title);
    expect(findAll(dialog, byRole('heading', seedNews.title)).map((h) => h.properties.level)).toEqual([1]);

    const paragraphs = findAll(dialog, byRole('paragraph')).map(textOf);
    expect(paragraphs.filter((text) => seedNews.paragraphs.includes(text))).toEqual(seedNews.paragraphs);

    // The reader names its own controls ("Close reader"), so in its toolbar a clutter string counts as a
    // whole name (the page's "Close" button, say); everywhere else in the dialog, anywhere in the text.
    const toolbarNames = findAll(dialog, isToolbar)
      .flatMap((bar) => announcedNodes(bar))
      .map(lowerName);
    const contentTexts = announcedNodes(dialog, isToolbar).map(lowerName);
    const leaked = seedNews.clutter.filter((clutter) => {
      const text = clutter.toLowerCase();
      return contentTexts.some((shown) => shown.includes(text)) || toolbarNames.includes(text);
    });
    expect(leaked).toEqual([]);
    expect(findAll(dialog, byRole('button', 'Close reader'))).toHaveLength(1);

    // Chromium's keeps the plain name the docs copy; other browsers' are named after them.
    const suffix = driver().browserName === 'Chromium' ? '' : `-${driver().browserName.toLowerCase()}`;
    await driver().screenshot(resolve(ARTIFACTS_DIR, `overlay-seed${suffix}.png`));
  });

  it('hides the page’s ticker, sidebar, sticky video and newsletter, and hides the page beneath from assistive technology', async () => {
    await driver().openPage(server().url(SEED_PAGE_PATH));
    const displays = () =>
      driver().evaluate(
        (selectors) => selectors.map((s) => getComputedStyle(document.querySelector(s)!).display),
        SEED_CLUTTER_SELECTORS,
      );
    // Before: all of them show, and the page's own article reads out.
    expect(await displays()).not.toContain('none');
    expect(pageStrings(await driver().axTree())).toEqual(expect.arrayContaining([seedNews.paragraphs[0]]));

    const tree = await openReader(driver());

    // The page beneath is out of reach at once; its clutter is hidden once the reader is drawn, in the tab's
    // next idle moment.
    expect(pageStrings(tree)).toEqual([]);
    let seen: string[] = [];
    await pollFor(async () => (seen = await displays()).every((display) => display === 'none') || undefined, {
      timeoutMs: 2000,
      intervalMs: 20,
      fail: () => `The clutter still showed 2 s after the reader opened: ${seen.join(', ')}`,
    });
  });
}
