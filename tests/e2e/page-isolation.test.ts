import { describe, expect, it } from 'vitest';
import { dialogs, waitUntil } from './scenarios/reader-ui';
import { SEED_PAGE_PATH } from './scenarios/seed-news';
import { LibraryBrowser } from './chromium/library-browser';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { saveFromReader } from './security-data/save-from-reader';
import { readLibrary, readStorage, setSetting } from './security-data/snapshot';

const PRIVATE_TAG = 'zq-private-tag';

interface AttackReport {
  host: string;
  shadowRoot: string;
  caughtShadowRoots: number;
  framesCount: number;
  frameDocument: string;
  frameLocation: string;
  chromeRuntime: string;
  forgedMessages: number;
  fetches: Record<string, string>;
  pageDbStores: string[];
  pageDatabases: string[];
  reachableText: string;
  heardMessages: string[];
}

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('a hostile page cannot reach the user’s reading list, tags or settings', () => {
  const suite = useExtensionBrowser({ kind: LibraryBrowser, profile: 'lectern-isolation-' });
  const open = suite.browser;

  it('shows tag suggestions over the page yet lets the page read, forge or change none of it', async () => {
    await setSetting(open(), { theme: 'sepia' });
    // The user's own data: an article saved elsewhere with a private tag.
    await open().openPage(suite.server().url(SEED_PAGE_PATH));
    await saveFromReader(open());
    const tags = open().saveFrame()!.getByRole('combobox', { name: 'Add a tag' });
    await tags.fill(PRIVATE_TAG);
    await tags.press('Enter');
    await waitUntil(
      async () =>
        open()
          .saveFrame()!
          .getByRole('button', { name: `Remove tag ${PRIVATE_TAG}` })
          .isVisible(),
      'the private tag',
    );

    // The hostile page: saved from the reader, the save popup open over it, suggesting the private tag.
    const page = await open().openPage(suite.server().url('/hostile-reader.html'));
    await saveFromReader(open());
    const frame = open().saveFrame()!;
    await frame.getByRole('combobox', { name: 'Add a tag' }).fill('zq');
    // A mark in the popup's window: gone at the end, the popup was loaded again rather than emptied.
    await frame.evaluate(() => Object.assign(window, { lecternTestMark: true }));
    expect(
      await frame.locator('datalist option').evaluateAll((o) => o.map((x) => x.getAttribute('value'))),
    ).toEqual([PRIVATE_TAG]);
    const hostileId = new URL(frame.url()).searchParams.get('id')!;
    const library = await readLibrary(open());
    // The page claimed news.example's address; it was saved under its own.
    expect(library[hostileId]?.summary.canonicalUrl).toBe(suite.server().url('/hostile-reader.html'));
    const storage = await readStorage(open());
    const extensionId = new URL(open().extensionUrl('')).host;

    const report = (await page.evaluate(
      ([id, saved]) =>
        (window as unknown as { attack(a: string, b: string): Promise<unknown> }).attack(id, saved),
      [extensionId, hostileId] as const,
    )) as AttackReport;

    expect(report).toMatchObject({
      host: 'present',
      shadowRoot: 'nothing',
      caughtShadowRoots: 0,
      // A frame inside a closed shadow root is not even among the page's window.frames.
      framesCount: 0,
      chromeRuntime: 'undefined',
      pageDbStores: [],
      pageDatabases: [],
      heardMessages: [],
    });
    expect(report.frameDocument).not.toMatch(/^read/);
    expect(report.frameLocation).not.toMatch(/^read/);
    for (const [path, outcome] of Object.entries(report.fetches)) expect(outcome, path).toMatch(/^blocked/);
    for (const secret of [PRIVATE_TAG, hostileId, 'save-frame', 'Saved ✓']) {
      expect(report.reachableText).not.toContain(secret);
    }
    // The frames the page made for Lectern's pages loaded nothing of them.
    await waitUntil(
      async () => page.frames().filter((f) => f.url().startsWith('chrome-error:')).length === 2,
      'the page’s own frames to be refused',
    );
    expect(page.frames().filter((f) => f.url().startsWith('chrome-extension:'))).toEqual([
      open().saveFrame(),
    ]);

    // Given the time to act on any forgery: nothing happened.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await readLibrary(open())).toEqual(library);
    expect(await readStorage(open())).toEqual(storage);
    const tree = await open().axTree();
    expect(dialogs(tree)).toHaveLength(1);
    const popup = open().saveFrame();
    const typed = await popup?.getByRole('combobox', { name: 'Add a tag' }).inputValue();
    const sameWindow = await popup?.evaluate(() => 'lecternTestMark' in window);
    expect({ typed, sameWindow }, 'the save popup keeps what was typed, in the same window').toEqual({
      typed: 'zq',
      sameWindow: true,
    });
    expect(open().uncaughtErrors()).toEqual([]);
  });
});
