import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from './harness/paths';
import { pressKeys } from './chromium/x-keys';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { CrashableBrowser } from './security-data/crash-browser';
import { startVirtualDisplay, type VirtualDisplay } from './harness/virtual-display';
import type { LaunchOptions } from './harness/launch';
import { answer, HOST_RULES, kindOf, pocketCsv, wordOf } from './import/pocket-site';
import { readImport, waitFor } from './import/queue-state';

const LINKS = Number(process.env.LECTERN_IMPORT_LINKS ?? 200);
const MORE = 100;

// Chromium asks for an optional host permission in a dialog of its own, which only a headed browser has:
// this file runs a headed Chromium on a virtual display and answers the dialog with the keyboard.
// Runs against the built extension in .output/chrome-mv3: `npm run build` first.
describe('moving in from Pocket: every link fetched, read or failed with its reason', () => {
  let display: VirtualDisplay | null = null;
  const launch: Omit<LaunchOptions, 'userDataDir'> = {
    headless: false,
    extraArgs: ['--window-position=0,0', '--window-size=1280,800', HOST_RULES],
  };
  beforeAll(async () => {
    display = await startVirtualDisplay();
    launch.display = display.display;
  });
  const suite = useExtensionBrowser({
    kind: CrashableBrowser,
    profile: 'lectern-import-',
    server: answer,
    launch,
  });
  afterAll(async () => {
    await display?.close();
  });
  const open = suite.browser;
  const port = () => new URL(suite.server().origin).port;

  it('imports a Pocket CSV, asks once for site access, and reads or fails every link', async () => {
    const { page } = await open().openTab(open().extensionUrl('library.html'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'part_000000.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(pocketCsv(LINKS, port())),
    });
    await page.getByText(`Imported from Pocket: ${LINKS} new`).waitFor();
    await page.getByText(`${LINKS} links have no article yet`).waitFor();
    await page.getByRole('button', { name: 'Fetch the pages' }).click();
    await new Promise((done) => setTimeout(done, 1500));
    await pressKeys(display!.display, 'Tab', 'Return');
    const started = Date.now();
    await page.getByText('Import finished:').waitFor({ timeout: 180_000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`${LINKS} links fetched in ${seconds.toFixed(1)} s`);

    const { queue, urls } = await readImport(open());
    expect(urls).toHaveLength(LINKS);
    expect(new Set(urls).size).toBe(LINKS);
    expect(queue).toHaveLength(LINKS);
    for (const row of queue) {
      const n = Number(row.url.split('/').at(-1));
      const expected = {
        article: ['done', null],
        redirect: ['done', null],
        missing: ['failed', 'http-status'],
        feed: ['failed', 'not-html'],
        'no-article': ['failed', 'no-article'],
      }[kindOf(n)];
      expect([row.state, row.reason], row.url).toEqual(expected);
      if (kindOf(n) === 'missing') expect(row.status).toBe(404);
    }
    expect(await page.getByRole('status').filter({ hasText: 'Import finished' }).textContent()).toMatch(
      /(\d+) articles read, (\d+) could not be read/,
    );
    expect(open().backgroundErrors()).toEqual([]);
  });

  it('finds a fetched article by a word of its body', async () => {
    const page = open().page;
    const n = 11;
    await page.getByRole('searchbox').fill(wordOf(n));
    await waitFor(
      async () => (await page.locator('a.entry-title').allTextContents()).join('|') === `Link ${n}`,
      `the search for ${wordOf(n)}`,
      15_000,
    );
  });

  it('a link whose page could not be read says why in its saved copy, with the way to the original', async () => {
    const { queue } = await readImport(open());
    const missing = queue.find((row) => row.reason === 'http-status')!;
    const { page } = await open().openTab(
      open().extensionUrl(`library.html#/article/${encodeURIComponent(missing.id)}`),
    );
    const note = page.getByRole('note');
    await note.getByText('its page could not be read (the site answered 404)').waitFor();
    expect(await note.getByRole('link', { name: 'Open the original page' }).getAttribute('href')).toBe(
      missing.url,
    );
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'link-only-failed.png') });
  });

  it('goes on after the browser is killed mid-import and restarted: the rest fetched, nothing twice', async () => {
    const { page } = await open().openTab(open().extensionUrl('library.html'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'part_000001.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(pocketCsv(MORE, port(), 1000)),
    });
    await page.getByText(`Imported from Pocket: ${MORE} new`).waitFor();
    // Site access was granted in the first import: the queue starts at once.
    const finished = async () =>
      (await readImport(open())).queue.filter((row) => row.state !== 'queued').length - LINKS;
    await waitFor(async () => (await finished()) >= 10, 'the first links of the second import');
    await suite.relaunch(async (browser) => {
      browser.kill();
      await browser.forget();
    });
    const afterCrash = await finished();
    expect(afterCrash).toBeLessThan(MORE);
    // The background starts with the browser and picks the queue up by itself.
    await waitFor(
      async () => (await readImport(open())).queue.every((row) => row.state !== 'queued'),
      'the rest',
    );
    const { queue, urls } = await readImport(open());
    expect(urls).toHaveLength(LINKS + MORE);
    expect(new Set(urls).size).toBe(LINKS + MORE);
    expect(queue.filter((row) => row.state === 'done')).toHaveLength(
      queue.filter((row) => ['article', 'redirect'].includes(kindOf(Number(row.url.split('/').at(-1)))))
        .length,
    );
    console.log(`killed after ${afterCrash} of ${MORE} links; the rest finished after the restart`);
  });
});
