/**
 * `npm run build && npm run bench:import`
 *
 * The built extension in a headed Chromium on a virtual display of its own (the site-access prompt needs a
 * browser window): imports a Pocket CSV of 10,000 links through the reading list's file input and times it
 * up to the summary (parse, merge, write to the real IndexedDB: links only); then imports links on local
 * sites, grants site access in the browser's dialog and times fetching and reading them all, with the
 * browser's peak memory. The last line printed is one JSON object with every figure.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pressKeys } from '../tests/e2e/chromium/x-keys';
import { launchChromiumWithExtension } from '../tests/e2e/harness/launch';
import { serve } from '../tests/e2e/harness/serve';
import { startVirtualDisplay } from '../tests/e2e/harness/virtual-display';
import { answer, HOST_RULES, pocketCsv } from '../tests/e2e/import/pocket-site';
import { browserRss, samplePeak } from './bench-import/processes';

const ROWS = Number(process.env.LECTERN_BENCH_ROWS ?? 10_000);
const PAGES = Number(process.env.LECTERN_BENCH_PAGES ?? 300);
/**
 * Readable articles only, each on a site of its own, so that the 1-per-second-per-site limit is not what
 * is measured: the four requests at once and the reading are.
 */
function articlesCsv(count: number, port: string, first: number): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return `Page ${n},http://s${n}.example.test:${port}/story/${n},${1_700_000_000 + n},,unread`;
  });
  return ['title,url,time_added,tags,status', ...rows].join('\n');
}

async function main(): Promise<void> {
  const display = await startVirtualDisplay();
  const profile = await mkdtemp(join(tmpdir(), 'lectern-bench-import-'));
  const server = await serve(answer);
  const port = new URL(server.origin).port;
  const browser = await launchChromiumWithExtension({
    headless: false,
    display: display.display,
    userDataDir: profile,
    extraArgs: ['--window-position=0,0', '--window-size=1280,800', HOST_RULES],
  });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const input = page.locator('input[type=file]');

    const importStart = performance.now();
    await input.setInputFiles({
      name: 'part_000000.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(pocketCsv(ROWS, port)),
    });
    await page.getByText(`Imported from Pocket: ${ROWS} new`).waitFor({ timeout: 120_000 });
    const importMs = performance.now() - importStart;
    // Those links are not fetched: the fetch figures come from a smaller import of their own.
    await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ lectern: 'cancelFetching' }),
    );

    await page.reload();
    const articles = Buffer.from(articlesCsv(PAGES, port, ROWS));
    await input.setInputFiles({ name: 'part_000001.csv', mimeType: 'text/csv', buffer: articles });
    await page.getByRole('button', { name: 'Fetch the pages' }).click();
    await new Promise((done) => setTimeout(done, 1500));
    const baseline = browserRss(profile);
    const peak = samplePeak(() => browserRss(profile));
    const fetchStart = performance.now();
    await pressKeys(display.display, 'Tab', 'Return');
    await page.getByText('Import finished:').waitFor({ timeout: 600_000 });
    const fetchMs = performance.now() - fetchStart;
    const peakRss = peak();
    const summary = (await page.getByText('Import finished:').textContent()) ?? '';

    const figures = {
      rows: ROWS,
      importMs: Math.round(importMs),
      rowsPerSecond: Math.round(ROWS / (importMs / 1000)),
      pages: PAGES,
      fetchMs: Math.round(fetchMs),
      pagesPerSecond: Number((PAGES / (fetchMs / 1000)).toFixed(2)),
      browserRssBeforeMb: Number((baseline / 1_048_576).toFixed(1)),
      browserRssPeakMb: Number((peakRss / 1_048_576).toFixed(1)),
      summary,
      // The figures are wall-clock times: on a shared machine they say as much about its load as about Lectern.
      loadAverage: Number(loadavg()[0]!.toFixed(1)),
      cores: availableParallelism(),
    };
    console.log('');
    console.log(
      '| Pocket rows | import (links only) | rows/s | pages fetched | fetch time | pages/s | browser memory before → peak |',
    );
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(
      `| ${ROWS.toLocaleString('en')} | ${(importMs / 1000).toFixed(2)} s | ${figures.rowsPerSecond.toLocaleString('en')} | ${PAGES} | ${(fetchMs / 1000).toFixed(1)} s | ${figures.pagesPerSecond} | ${figures.browserRssBeforeMb} → ${figures.browserRssPeakMb} MB |`,
    );
    console.log(`(${summary}; load average ${figures.loadAverage} on ${figures.cores} cores)`);
    console.log(JSON.stringify(figures));
  } finally {
    await browser.close();
    await server.close();
    await display.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
