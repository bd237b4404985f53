/**
 * `npm run bench:library`
 *
 * Seeds a library of 10,000 articles of realistic size in Chromium's real IndexedDB and times what a user
 * waits for: the first page of the list, a search for a word, one more save; and the database's size. It
 * measures at 1,000 and at 10,000 articles to show how each figure grows. The last line printed is one JSON
 * object with every figure, for scripts; nothing is printed after it.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { CHROMIUM_PATH } from '../tests/e2e/harness/launch';
import { HTML, serve, type Served } from '../tests/e2e/harness/serve';

const SIZES = [1_000, 10_000];
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

interface Figures {
  articles: number;
  firstPageMs: number;
  searchMs: number;
  searchHits: number;
  saveMs: number;
  /** On disk, as the browser's storage estimate counts it (LevelDB files, logs included). */
  dbBytes: number;
  /** The stored rows serialised, index entries counted: the library's own size, without LevelDB's overhead. */
  dataBytes: number;
}

async function bundlePage(): Promise<string> {
  const output = (await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'scripts/bench-library/page.ts', formats: ['es'], fileName: 'bench' },
    },
  })) as Rollup.RollupOutput[];
  return output[0]!.output[0].code;
}

function servePage(script: string): Promise<Served> {
  return serve(({ pathname }) =>
    pathname === '/bench.js'
      ? { type: 'text/javascript', body: script }
      : { type: HTML, body: '<!doctype html><script type="module" src="/bench.js"></script>' },
  );
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

async function main(): Promise<void> {
  const server = await servePage(await bundlePage());
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url('/'));
    await page.waitForFunction(() => 'benchLibrary' in window);
    type Bench = {
      seed(a: number, b: number): Promise<void>;
      measure(n: number): Promise<Figures>;
      reset(): Promise<void>;
    };
    const call = <R>(fn: (bench: Bench, arg: number[]) => Promise<R>, arg: number[] = []) =>
      page.evaluate(
        ([source, a]) =>
          new Function('bench', 'arg', `return (${source})(bench, arg)`)(
            (window as unknown as { benchLibrary: Bench }).benchLibrary,
            a,
          ),
        [fn.toString(), arg] as const,
      ) as Promise<R>;

    await call((bench) => bench.reset());
    const results: Figures[] = [];
    let seeded = 0;
    for (const size of SIZES) {
      const start = Date.now();
      await call((bench, [from, to]) => bench.seed(from!, to!), [seeded, size]);
      process.stderr.write(`seeded ${size} articles (${((Date.now() - start) / 1000).toFixed(0)} s)\n`);
      seeded = size;
      results.push(await call((bench, [n]) => bench.measure(n!), [size]));
    }

    console.log(
      '| articles | first page (median) | search a word (median) | save one more (median) | database on disk | data stored |',
    );
    console.log('|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      console.log(
        `| ${r.articles} | ${ms(r.firstPageMs)} | ${ms(r.searchMs)} (${r.searchHits} hits) | ${ms(r.saveMs)} | ${mb(r.dbBytes)} | ${mb(r.dataBytes)} |`,
      );
    }
    const [small, large] = results as [Figures, Figures];
    const growth = (key: keyof Figures) => Number((large[key] / Math.max(small[key], 1e-9)).toFixed(2));
    console.log(
      `growth from ${small.articles} to ${large.articles} articles (×${large.articles / small.articles}): first page ×${growth('firstPageMs')}, search ×${growth('searchMs')}, save ×${growth('saveMs')}, on disk ×${growth('dbBytes')}, data ×${growth('dataBytes')}`,
    );
    console.log(
      JSON.stringify({
        results,
        growth: {
          firstPage: growth('firstPageMs'),
          search: growth('searchMs'),
          save: growth('saveMs'),
          size: growth('dbBytes'),
          data: growth('dataBytes'),
        },
        targetMs: 100,
        meetsTarget: results.every((r) => r.firstPageMs < 100 && r.searchMs < 100),
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
