/**
 * How long the reader's single-task steps take in real Chromium as a page grows: the numbers behind
 * core/reader/page-limits.ts. Bundles the extension's own extraction and clutter search into a page of
 * generated markup (the same pages as the end-to-end tests) and times each, median of five runs.
 *
 *   npx tsx tests/e2e/pathological/measure-extraction.ts [element counts...]
 *   npx tsx tests/e2e/pathological/measure-extraction.ts --corpus   (the scrapinghub pages in ../shared)
 *
 * Prints a table and, as the last line, one JSON object.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHROMIUM_PATH } from '../harness/launch';
import { REPO_ROOT } from '../../support/paths';
import { startGeneratedPageServer } from './page-server';

const CORPUS = process.argv.includes('--corpus');
const COUNTS = process.argv.slice(2).map(Number).filter(Boolean);
const counts = COUNTS.length > 0 ? COUNTS : [2_000, 5_000, 10_000, 15_000, 20_000, 30_000, 50_000];
const RUNS = 5;

const entry = `
import { extractArticle } from './core/extract';
import { walkClutter } from './core/declutter';
import { checkPageLimits } from './core/reader/page-limits';
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
window.__measure = () => ({
  checks: time(() => checkPageLimits(document, { maxElements: 1e9, maxDepth: 1e9, maxTextLength: 1e12 })),
  extract: time(() => extractArticle(document, { maxElements: 1e9 })),
  clutter: time(() => { const walk = walkClutter(document, document.querySelector('article'), []); while (!walk.next().done); }),
});`;

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Row = { page: string; elements: number; checksMs: number; extractMs: number; clutterMs: number };

async function measure(
  page: import('playwright-core').Page,
  url: string,
  script: string,
  label: string,
): Promise<Row> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  await page.addScriptTag({ content: script });
  const runs: Array<{ checks: number; extract: number; clutter: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await page.evaluate(() => (window as unknown as { __measure: () => never }).__measure()));
  }
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    page: label,
    elements,
    checksMs: median(runs.map((r) => r.checks)),
    extractMs: median(runs.map((r) => r.extract)),
    clutterMs: median(runs.map((r) => r.clutter)),
  };
}

/** The corpus pages, served from a static folder on a local origin (their own scripts cannot reach out). */
async function corpusRows(script: string, browser: import('playwright-core').Browser): Promise<Row[]> {
  const dir = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'scrapinghub', 'html');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();
  const known = new Set(files);
  const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'corpus.test' && known.has(url.pathname.slice(1))) {
      return readFile(resolve(dir, url.pathname.slice(1))).then((body) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
    }
    return route.abort();
  });
  const rows: Row[] = [];
  const page = await context.newPage();
  for (const file of files) {
    try {
      rows.push(await measure(page, `http://corpus.test/${file}`, script, file.slice(0, 12)));
    } catch {
      // A page that never finishes loading offline is left out.
    }
  }
  await context.close();
  return rows;
}

async function main(): Promise<void> {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    format: 'iife',
    write: false,
    absWorkingDir: resolve(REPO_ROOT),
  });
  const script = bundle.outputFiles[0]!.text;
  const server = await startGeneratedPageServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  let rows: Row[] = [];
  try {
    if (CORPUS) rows = await corpusRows(script, browser);
    else {
      const page = await browser.newPage();
      for (const count of counts) {
        rows.push(await measure(page, server.url(`/huge/elements?n=${count}`), script, `generated ${count}`));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  rows.sort((a, b) => a.elements - b.elements);
  console.log(
    '| page | elements | limit checks ms | extractArticle ms | clutter search ms | µs per element |',
  );
  console.log(
    '| ---- | -------: | --------------: | ----------------: | ----------------: | -------------: |',
  );
  for (const r of rows) {
    const perElement = ((r.extractMs * 1000) / r.elements).toFixed(1);
    console.log(
      `| ${r.page} | ${r.elements} | ${r.checksMs.toFixed(1)} | ${r.extractMs.toFixed(1)} | ${r.clutterMs.toFixed(1)} | ${perElement} |`,
    );
  }
  const rates = rows.map((r) => (r.extractMs * 1000) / r.elements).sort((a, b) => a - b);
  const at = (q: number) => rates[Math.min(rates.length - 1, Math.floor(q * rates.length))] ?? 0;
  const summary = { pages: rows.length, medianUsPerElement: at(0.5), p90UsPerElement: at(0.9) };
  console.log(
    `extractArticle: median ${summary.medianUsPerElement.toFixed(1)} µs per element, p90 ${summary.p90UsPerElement.toFixed(1)}`,
  );
  console.log(JSON.stringify({ runs: RUNS, ...summary, rows }));
}

await main();
