/**
 * `npm run bench:browser -- [--corpus <dir>] [--limit N] [--page-scripts] [--firefox]`
 *
 * The reader in a real browser: builds the extension with hidden source maps (the same code as
 * `npm run build`, in .output/source-mapped/), serves the corpus pages on 127.0.0.1, opens each in headless
 * Chromium with it, clicks the toolbar button and times click → reader painted, closes it with Escape and
 * checks the page's HTML is exactly what it was, then opens and closes it once more on the same page (the
 * second opening's time, and the HTML after it); in the same pages it times plain Readability on a copy of
 * the page, for comparison. Then it loads the page again and clicks once more under the CPU profiler, to
 * split that time into stages (stages.ts). Then it times, on the same pages, the floor under any reader
 * injected on the click: a bare extension that shows only a modal dialog, with a tiny script and with one
 * of the reader's size (floor.ts). With `--firefox` it then builds the Firefox extension and does
 * the same in headless Firefox ESR (all but the profiled click), and prints both browsers side by side.
 * Prints tables; the last line is one JSON object with the same figures (Firefox's under `firefox`).
 * Per-page results go to bench-results/browser-per-page.json (and browser-per-page-firefox.json).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIREFOX_BUILD_DIR } from '../tests/e2e/firefox/launch';
import { loadCorpus, type CorpusPage } from './bench/corpus';
import { parseArgs, type BrowserBenchArgs } from './bench-browser/args';
import { FirefoxTab, launchOfflineFirefox, type OffHostCounts } from './bench-browser/firefox';
import { formatFloor, measureFloor, type Floor } from './bench-browser/floor';
import { launchOfflineChromium, type OfflineChromium } from './bench-browser/launch';
import { measurePage, type MeasureOptions, type PageResult } from './bench-browser/measure-page';
import { PageSession } from './bench-browser/page-session';
import {
  formatStages,
  formatSummary,
  summarize,
  withoutStages,
  type BrowserSummary,
  type UnprofiledSummary,
} from './bench-browser/report';
import { runPages } from './bench-browser/run-pages';
import { startCorpusServer, type CorpusServer } from './bench-browser/server';
import { StageMap } from './bench-browser/stages';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DIR = resolve(repoRoot, '.output/source-mapped/chrome-mv3');
const READER_SCRIPT = '/content-scripts/reader.js';

/** The Chrome build with hidden source maps: the same minified code as the shipped one, and its maps. */
function buildWithSourceMaps(): StageMap {
  process.stderr.write('building the extension with source maps…\n');
  execFileSync('npx', ['wxt', 'build'], {
    cwd: repoRoot,
    env: { ...process.env, LECTERN_SOURCE_MAPS: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new StageMap(READER_SCRIPT, `${BUILD_DIR}${READER_SCRIPT}.map`);
}

/** The Firefox build, as `npm run build:firefox` makes it (.output/firefox-mv3). */
function buildForFirefox(): void {
  process.stderr.write('building the Firefox extension…\n');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Counts the pages' requests for anything but 127.0.0.1, and how many of them got a response (none should). */
function watchOffHostRequests(chromium: OfflineChromium): OffHostCounts {
  const counts = { attempted: 0, answered: 0 };
  const offHost = (url: string) => /^(https?|wss?):/.test(url) && new URL(url).hostname !== '127.0.0.1';
  chromium.context.on('request', (request) => {
    if (offHost(request.url())) counts.attempted++;
  });
  chromium.context.on('requestfinished', (request) => {
    if (!offHost(request.url())) return;
    // Chromium upgrades http:// to https:// for HSTS-preloaded hosts with a redirect it makes up itself
    // (marked `non-authoritative-reason: HSTS`); the https request that follows is counted on its own.
    void request.response().then((response) => {
      if (!response?.headers()['non-authoritative-reason']) counts.answered++;
    });
  });
  return counts;
}

/** What one browser's run gives: the per-page results and the facts of the run. */
interface BrowserRun {
  results: PageResult[];
  offHost: OffHostCounts;
  seconds: number;
}

/** What every page's measurement shares, whichever browser runs it. */
type SharedOptions = Pick<MeasureOptions, 'readabilitySource' | 'watchSelfChange'>;

async function runChromium(
  pages: CorpusPage[],
  server: CorpusServer,
  shared: SharedOptions,
): Promise<BrowserRun> {
  const started = performance.now();
  const stages = buildWithSourceMaps();
  const chromium = await launchOfflineChromium(BUILD_DIR);
  const offHost = watchOffHostRequests(chromium);
  try {
    const results = await runPages(pages, 'Chromium', {
      newTab: () => PageSession.onlyTab(chromium),
      dropTab: (tab) => tab.detach(),
      measure: (tab, index, id) =>
        measurePage(tab, id, server.urlOf(id), { ...shared, readabilityFirst: index % 2 === 1, stages }),
    });
    return { results, offHost, seconds: (performance.now() - started) / 1000 };
  } finally {
    await chromium.close();
  }
}

async function runFirefox(
  pages: CorpusPage[],
  server: CorpusServer,
  shared: SharedOptions,
): Promise<BrowserRun> {
  const started = performance.now();
  buildForFirefox();
  const firefox = await launchOfflineFirefox(FIREFOX_BUILD_DIR);
  const offHost = { attempted: 0, answered: 0 };
  try {
    const results = await runPages(pages, 'Firefox', {
      newTab: () => FirefoxTab.open(firefox, offHost),
      dropTab: (tab) => tab.close(),
      measure: (tab, index, id) =>
        measurePage(tab, id, server.urlOf(id), { ...shared, readabilityFirst: index % 2 === 1 }),
    });
    return { results, offHost, seconds: (performance.now() - started) / 1000 };
  } finally {
    await firefox.close();
  }
}

function writePerPage(name: string, results: PageResult[]): string {
  const path = resolve(repoRoot, 'bench-results', name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(results, null, 1) + '\n');
  return path;
}

async function main(): Promise<void> {
  const args: BrowserBenchArgs = parseArgs(process.argv.slice(2), repoRoot);
  const { pages: all } = loadCorpus(args.corpus);
  const pages = args.limit ? all.slice(0, args.limit) : all;
  if (!pages.length) throw new Error(`no pages in ${args.corpus}`);
  const shared: SharedOptions = {
    readabilitySource: readFileSync(
      resolve(repoRoot, 'node_modules/@mozilla/readability/Readability.js'),
      'utf8',
    ),
    watchSelfChange: args.pageScripts,
  };

  const server = await startCorpusServer(pages, args.pageScripts);
  let chromium: BrowserRun;
  let firefox: BrowserRun | undefined;
  let floor: Floor;
  try {
    chromium = await runChromium(pages, server, shared);
    process.stderr.write(
      '  the floor: a bare overlay (a tiny script, one of the same size, and Readability alone)…\n',
    );
    floor = await measureFloor(
      server,
      pages.map((page) => page.id),
      `${BUILD_DIR}${READER_SCRIPT}`,
    );
    if (args.firefox) firefox = await runFirefox(pages, server, shared);
  } finally {
    await server.close();
  }

  const summaryOf = (run: BrowserRun) =>
    summarize(run.results, { pageScripts: args.pageScripts, offHost: run.offHost, seconds: run.seconds });
  const readerBytes = statSync(`${BUILD_DIR}${READER_SCRIPT}`).size;
  const summary: BrowserSummary & { floor: Floor & { readerBytes: number }; firefox?: UnprofiledSummary } = {
    ...summaryOf(chromium),
    floor: { ...floor, readerBytes },
  };
  const perPage = [writePerPage('browser-per-page.json', chromium.results)];
  const rows: Array<[string, UnprofiledSummary]> = [['Chromium', summary]];
  if (firefox) {
    summary.firefox = withoutStages(summaryOf(firefox));
    perPage.push(writePerPage('browser-per-page-firefox.json', firefox.results));
    rows.push(['Firefox ESR', summary.firefox]);
  }

  const browsers = firefox ? 'headless Chromium and headless Firefox ESR' : 'headless Chromium';
  console.log(`\n${pages.length} pages from ${args.corpus}, ${browsers} with the built extension\n`);
  console.log(formatSummary(rows));
  console.log(`\n${formatStages(summary.stages)}\n`);
  console.log(
    `${formatFloor(floor, { bytes: readerBytes, ...summary.toggleToPainted }, summary.ratio, summary.readability)}\n`,
  );
  console.log(`per-page results: ${perPage.join(', ')}`);
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
