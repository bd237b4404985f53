import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { entryLinks } from './library/steps';
import { waitUntil } from './scenarios/reader-ui';
import { SEED_PAGE_PATH, seedNews } from './scenarios/seed-news';
import { LibraryBrowser } from './chromium/library-browser';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { saveFromReader } from './security-data/save-from-reader';
import { readLibrary, readStorage, setSetting } from './security-data/snapshot';

const SCRIPT = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';

function libraryFile(articles: unknown[], change: Record<string, unknown> = {}): Buffer {
  return Buffer.from(
    JSON.stringify({ format: 'lectern-library', version: 1, exportedAt: '', articles, ...change }),
  );
}

function article(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '0000000aa-hostile',
    url: 'https://hostile.example/story',
    canonicalUrl: 'https://hostile.example/story',
    title: 'A hostile story',
    byline: null,
    siteName: null,
    publishedTime: null,
    excerpt: null,
    lang: 'en',
    dir: 'ltr',
    wordCount: 3,
    readingMinutes: 1,
    savedAt: 1000,
    updatedAt: 1000,
    read: 0,
    archived: 0,
    tags: [],
    progress: 0,
    html: '<p>Quiet words here.</p>',
    text: 'Quiet words here.',
    ...change,
  };
}

// Runs against the built extension in .output/chrome-mv3: `npm run build` first (`npm test` does).
describe('hostile files imported on Lectern’s own pages', () => {
  const suite = useExtensionBrowser({
    kind: LibraryBrowser,
    profile: 'lectern-hostile-import-',
    ready: async ({ browser, server }) => {
      await browser().openPage(server().url(SEED_PAGE_PATH));
      await saveFromReader(browser());
    },
  });
  const open = suite.browser;

  it('the reading list turns each bad library file away with its reason and changes nothing', async () => {
    const before = await readLibrary(open());
    const page = await open().openPage(open().extensionUrl('library.html'));
    await waitUntil(async () => (await entryLinks(open())).length === 1, 'the reading list');
    const cases: Array<[string, Buffer, RegExp]> = [
      ['not-json.json', Buffer.from('{"format": "lectern-library", '), /not JSON/],
      ['newer.json', libraryFile([article()], { version: 9 }), /newer version/],
      ['huge.json', libraryFile([article({ html: 'x'.repeat(25 * 1024 * 1024) })]), /field “html”/],
      [
        'link.json',
        libraryFile([article(), article({ url: 'javascript:alert(1)' })]),
        /Article 2.*field “url”/,
      ],
      ['types.json', libraryFile([article({ tags: 'a,b' })]), /field “tags”/],
    ];
    // Chosen from disk, as a user picks them: a file handed over as bytes crosses the DevTools connection
    // whole, and the 25 MB one then took longer than the upload's own timeout on a busy machine.
    const dir = mkdtempSync(join(tmpdir(), 'lectern-hostile-files-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const [name, buffer, reason] of cases) {
      writeFileSync(join(dir, name), buffer);
      await page.locator('input[type=file]').setInputFiles(join(dir, name));
      await waitUntil(async () => reason.test((await page.getByRole('alert').textContent()) ?? ''), name);
      expect(await page.getByRole('alert').textContent()).toMatch(/Nothing was changed\.$/);
    }
    expect(await readLibrary(open())).toEqual(before);
    expect(await entryLinks(open())).toEqual([seedNews.title]);
  });

  it('imports a file with script in every field as text, its body sanitized: nothing runs', async () => {
    const before = await readLibrary(open());
    const page = await open().openPage(open().extensionUrl('library.html'));
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = article({
      title: `Story ${SCRIPT}`,
      byline: SCRIPT,
      siteName: SCRIPT,
      excerpt: SCRIPT,
      publishedTime: SCRIPT,
      tags: [SCRIPT],
      text: `Quiet words ${SCRIPT}`,
      html: `<p onmouseover="alert(1)">Quiet words <a href="javascript:alert(2)">here</a>.</p>${SCRIPT}<iframe src="https://hostile.example/"></iframe>`,
    });
    await page.locator('input[type=file]').setInputFiles({
      name: 'scripts.json',
      mimeType: 'application/json',
      buffer: libraryFile([hostile]),
    });
    await waitUntil(
      async () =>
        (await page.getByRole('status').filter({ hasText: 'Imported' }).count()) === 1 &&
        (await page.getByRole('status').filter({ hasText: 'Imported' }).textContent()) ===
          'Imported 1 new and 0 updated articles.',
      'the import',
    );
    await page.getByRole('link', { name: `Story ${SCRIPT}` }).click();
    await page.getByRole('heading', { name: `Story ${SCRIPT}` }).waitFor();
    await page.getByText('Quiet words').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(
      await page.locator('main script, main iframe, main [onmouseover], main a[href^="javascript"]').count(),
    ).toBe(0);
    expect(alerts).toEqual([]);

    const after = await readLibrary(open());
    const added = Object.keys(after).filter((id) => !(id in before));
    expect(added).toHaveLength(1);
    expect(after[added[0]!]!.body!.html).not.toMatch(/<script|onerror|onmouseover|javascript:|<iframe/i);
    for (const id of Object.keys(before)) expect(after[id]).toEqual(before[id]);
  });

  it('the options page turns a hostile settings file away and keeps every setting', async () => {
    const page = await open().openPage(open().extensionUrl('options.html'));
    await page.getByRole('button', { name: 'Export settings' }).waitFor();
    await setSetting(open(), { theme: 'sepia', fontSize: 22 });
    await waitUntil(async () => (await page.getByLabel('Text size').inputValue()) === '22', 'the new size');
    const before = await readStorage(open());
    const hostile = {
      lectern: 'settings',
      version: 2,
      settings: { theme: SCRIPT, fontSize: 'x'.repeat(2_000_000), __proto__: { theme: 'dark' } },
    };
    await page.locator('input[type=file]').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostile)),
    });
    const status = page.getByText(/^Nothing was changed/);
    await status.waitFor();
    expect(await status.textContent()).toMatch(/not a Lectern settings file/);
    const small = { ...hostile, settings: { theme: SCRIPT, autoOpenSites: ['evil.example'] } };
    await page.locator('input[type=file]').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(small)),
    });
    await waitUntil(
      async () => /invalid values: theme/.test((await status.textContent()) ?? ''),
      'the reason',
    );
    expect(await readStorage(open())).toEqual(before);
  });
});
