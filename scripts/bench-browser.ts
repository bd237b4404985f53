/**
 * `npm run bench:browser -- [--corpus <dir>] [--limit N] [--page-scripts]`
 *
 * The reader in a real browser: builds the extension with hidden source maps (the same code as
 * `npm run build`, in .output/source-mapped/), serves the corpus pages on 127.0.0.1, opens each in headless
 * Chromium with it, clicks the toolbar button and times click → reader painted, closes it with Escape and
 * checks the page's HTML is exactly what it was, then opens and closes it once more on the same page (the
 * second opening's time, and the HTML after it); in the same pages it times plain Readability on a copy of
 * the page, for comparison. Then it loads the page again and clicks once more under the CPU profiler, to
 * split that time into stages (stages.ts). Prints tables; the last line is one JSON object with the same
 * figures. Per-page results go to bench-results/browser-per-page.json.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './bench/corpus';
import { parseArgs } from './bench-browser/args';
import { launchOfflineChromium, type OfflineChromium } from './bench-browser/launch';
import { measurePage, type PageResult } from './bench-browser/measure-page';
import { PageSession } from './bench-browser/page-session';
import { formatStages, formatSummary, summarize } from './bench-browser/report';
import { startCorpusServer } from './bench-browser/server';
import { StageMap } from './bench-browser/stages';
import { onlyTabTarget } from './bench-browser/toolbar';

/** Pages measured once and thrown away first: the service worker, the caches and the JIT warm up. */
const WARM_UP_PAGES = 3;
/** A page that takes longer than this in all is counted as failed and the tab is replaced. */
const PAGE_TIMEOUT_MS = 60_000;

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

/** Counts the pages' requests for anything but 127.0.0.1, and how many of them got a response (none should). */
function watchOffHostRequests(chromium: OfflineChromium): { attempted: number; answered: number } {
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

async function freshTab(chromium: OfflineChromium): Promise<PageSession> {
  const page = await chromium.context.newPage();
  for (const other of chromium.context.pages()) if (other !== page) await other.close();
  return PageSession.open(page);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`page took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<void> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2), repoRoot);
  const { pages: all } = loadCorpus(args.corpus);
  const pages = args.limit ? all.slice(0, args.limit) : all;
  if (!pages.length) throw new Error(`no pages in ${args.corpus}`);
  const readabilitySource = readFileSync(
    resolve(repoRoot, 'node_modules/@mozilla/readability/Readability.js'),
    'utf8',
  );

  const stages = buildWithSourceMaps();
  const server = await startCorpusServer(pages, args.pageScripts);
  const chromium = await launchOfflineChromium(BUILD_DIR);
  const results: PageResult[] = [];
  const offHost = watchOffHostRequests(chromium);
  try {
    let tab = await freshTab(chromium);
    const browser = {
      browserSession: chromium.browserSession,
      extensionId: chromium.extensionId,
      tabTargetId: await onlyTabTarget(chromium.browserSession),
    };
    const run = async (index: number, id: string): Promise<PageResult> => {
      try {
        const work = measurePage(browser, tab, id, server.urlOf(id), {
          readabilitySource,
          readabilityFirst: index % 2 === 1,
          watchSelfChange: args.pageScripts,
          stages,
        });
        return await withTimeout(work, PAGE_TIMEOUT_MS);
      } catch (error) {
        // Whatever state the tab was left in, the next page gets a new one.
        await tab.detach();
        tab = await freshTab(chromium);
        browser.tabTargetId = await onlyTabTarget(chromium.browserSession);
        return { id, outcome: 'failed', error: (error as Error).message.split('\n')[0]! };
      }
    };

    for (const [i, page] of pages.slice(0, WARM_UP_PAGES).entries()) await run(i, page.id);
    for (const [i, page] of pages.entries()) {
      results.push(await run(i, page.id));
      if ((i + 1) % 20 === 0) process.stderr.write(`  ${i + 1}/${pages.length} pages\n`);
    }
    await tab.detach();
  } finally {
    await chromium.close();
    await server.close();
  }

  const seconds = (performance.now() - started) / 1000;
  const summary = summarize(results, { pageScripts: args.pageScripts, offHost, seconds });
  const perPagePath = resolve(repoRoot, 'bench-results/browser-per-page.json');
  mkdirSync(dirname(perPagePath), { recursive: true });
  writeFileSync(perPagePath, JSON.stringify(results, null, 1) + '\n');

  console.log(`\n${pages.length} pages from ${args.corpus}, headless Chromium with the built extension\n`);
  console.log(formatSummary(summary));
  console.log(`\n${formatStages(summary.stages)}\n`);
  console.log(`per-page results: ${perPagePath}`);
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
