/**
 * `npm run bench:library`
 *
 * Seeds a library of 10,000 articles of realistic size in Chromium's real IndexedDB and times what a user
 * waits for: the first page of the list, a search (warm, and the first one after the page opens), a word
 * with a typo, a prefix as typed, one more save; and the database's size against the data it holds. The
 * same articles go into a library with the word index of schema version 3 and one with the ranked index of
 * version 5, each on an origin of its own (so each storage figure is its library's alone), measured side by
 * side at 1,000 and 10,000 articles. Then MiniSearch, Orama and FlexSearch (with its IndexedDB persistence)
 * index the first 1,000 of the same articles on a third origin. The last line printed is one JSON object
 * with every figure, for scripts; nothing is printed after it.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { CHROMIUM_PATH } from '../tests/e2e/harness/launch';
import { HTML, serve, type Served } from '../tests/e2e/harness/serve';
import type { EngineFigures } from './bench-library/engines';

/** `LECTERN_BENCH_SIZES=100,500` for a quick look; the README's figures are the defaults'. */
const SIZES = (process.env.LECTERN_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
/**
 * `LECTERN_BENCH_INDEXES=new` measures the ranked index alone: the word lists of version 3 take about ten
 * times as long to seed, and their figures were printed beside the ranked index's when it came.
 */
const INDEXES = (process.env.LECTERN_BENCH_INDEXES ?? 'old,new').split(',') as Array<'old' | 'new'>;
/** `LECTERN_BENCH_ENGINES=0` leaves out the well-kept engines' comparison. */
const ENGINE_SIZE = process.env.LECTERN_BENCH_ENGINES === '0' ? 0 : Math.min(1_000, SIZES[0]!);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

interface Figures {
  index: 'old' | 'new';
  articles: number;
  firstPageMs: number;
  firstSearchMs: number;
  /** Until the first screen of hits is ready (what the list shows first). */
  searchMs: number;
  /** Until the whole page of hits (50) with their snippets. */
  searchAllMs: number;
  searchHits: number;
  snippets: number;
  typo: string;
  /** Of the articles the word spelt right finds, how many the typo finds. */
  typoFound: number;
  typoOf: number;
  typoMs: number;
  prefixMs: number;
  saveMs: number;
  /** On disk, as the browser's storage estimate counts it (LevelDB files, logs included). */
  dbBytes: number;
  /** The articles and bodies serialised: what the user stored, without any index. */
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

type Bench = {
  seed(a: number, b: number): Promise<void>;
  measure(n: number): Promise<Figures>;
  reset(): Promise<void>;
  engines(n: number): Promise<EngineFigures[]>;
};

function caller(page: Page) {
  return <R>(fn: (bench: Bench, arg: number[]) => Promise<R>, arg: number[] = []) =>
    page.evaluate(
      ([source, a]) =>
        new Function('bench', 'arg', `return (${source})(bench, arg)`)(
          (window as unknown as { benchLibrary: Bench }).benchLibrary,
          a,
        ),
      [fn.toString(), arg] as const,
    ) as Promise<R>;
}

const ratio = (r: Figures) => r.dbBytes / r.dataBytes;

async function main(): Promise<void> {
  const server = await servePage(await bundlePage());
  const port = new URL(server.url('/')).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Each index on its own origin, so that the storage estimate of each is its library alone.
    // Storage estimates are for secure contexts only: these plain-HTTP test origins are declared secure.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--host-resolver-rules=MAP *.test 127.0.0.1',
      `--unsafely-treat-insecure-origin-as-secure=${['old', 'new', 'engines'].map((h) => `http://${h}.test:${port}`).join(',')}`,
    ],
  });
  try {
    const context = await browser.newContext();
    const open = async (host: string, index: string) => {
      const page = await context.newPage();
      await page.goto(`http://${host}.test:${port}/?index=${index}`);
      await page.waitForFunction(() => 'benchLibrary' in window);
      return caller(page);
    };
    const benches: Partial<Record<'old' | 'new', ReturnType<typeof caller>>> = {};
    for (const index of INDEXES) benches[index] = await open(index, index);
    const results: Figures[] = [];
    for (const call of Object.values(benches)) await call((bench) => bench.reset());
    let seeded = 0;
    for (const size of SIZES) {
      for (const [name, call] of Object.entries(benches)) {
        const start = Date.now();
        await call((bench, [from, to]) => bench.seed(from!, to!), [seeded, size]);
        process.stderr.write(
          `${name} index: seeded ${size} articles (${((Date.now() - start) / 1000).toFixed(0)} s)\n`,
        );
        results.push(await call((bench, [n]) => bench.measure(n!), [size]));
      }
      seeded = size;
    }
    const engines = ENGINE_SIZE
      ? await (
          await open('engines', 'engines')
        )((bench, [n]) => bench.engines(n!), [ENGINE_SIZE])
      : [];

    console.log(
      '| index | articles | first page | search (median): first screen | whole page | first search after opening | typo (found of) | prefix | save one more | on disk | data | on disk ÷ data |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      console.log(
        `| ${r.index === 'old' ? 'word lists (v3)' : 'ranked (v5)'} | ${r.articles} | ${ms(r.firstPageMs)} | ${ms(r.searchMs)} | ${ms(r.searchAllMs)} (${r.searchHits} hits, ${r.snippets} snippets) | ${ms(r.firstSearchMs)} | ${ms(r.typoMs)} ("${r.typo}": ${r.typoFound} of ${r.typoOf}) | ${ms(r.prefixMs)} | ${ms(r.saveMs)} | ${mb(r.dbBytes)} | ${mb(r.dataBytes)} | ×${ratio(r).toFixed(2)} |`,
      );
    }
    if (engines.length) {
      console.log('');
      console.log(
        `Search engines on the first ${ENGINE_SIZE} of the same articles (index only, in memory or as kept):`,
      );
      console.log(
        '| engine | add one more | search (median) | index kept | index ÷ text | reading it back |',
      );
      console.log('|---|---:|---:|---:|---:|---:|');
      for (const e of engines) {
        console.log(
          `| ${e.engine} | ${ms(e.addMs)} | ${ms(e.searchMs)} (${e.searchHits} hits) | ${mb(e.indexBytes)} | ×${(e.indexBytes / e.textBytes).toFixed(2)} | ${ms(e.loadMs)} |`,
        );
      }
    }
    const large = results.filter((r) => r.articles === SIZES[SIZES.length - 1]);
    const newLarge = large.find((r) => r.index === 'new')!;
    const targets = {
      searchMs: 20,
      firstPageMs: 10,
      saveMs: 50,
      diskRatio: 1.3,
    };
    const meets = {
      search: newLarge.searchMs < targets.searchMs,
      firstPage: newLarge.firstPageMs < targets.firstPageMs,
      save: newLarge.saveMs < targets.saveMs,
      disk: ratio(newLarge) <= targets.diskRatio,
    };
    console.log(
      `\nat ${newLarge.articles} articles, ranked index: search ${meets.search ? 'meets' : 'misses'} < ${targets.searchMs} ms, first page ${meets.firstPage ? 'meets' : 'misses'} < ${targets.firstPageMs} ms, save ${meets.save ? 'meets' : 'misses'} < ${targets.saveMs} ms, on disk ${meets.disk ? 'meets' : 'misses'} ≤ ×${targets.diskRatio} the data`,
    );
    console.log(JSON.stringify({ results, engines, targets, meets }));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
