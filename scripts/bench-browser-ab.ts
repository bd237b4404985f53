/**
 * `npm run bench:browser:ab -- --base <git revision> [--corpus <dir>] [--limit N]`
 *
 * Whether a change made the first click faster, told apart from the machine's noise: the working tree and
 * `--base` (built from a temporary git worktree) are each loaded in a headless Chromium of their own, and
 * click → painted is timed page by page, alternately in the one and the other (which goes first swaps
 * from page to page), so that a slow spell of the machine lands on both. Separate runs of
 * `npm run bench:browser` differ by about ±6 ms at the median over 40 pages; the paired difference per
 * page does not carry that drift. Prints a table, then one JSON object with the same figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './bench/corpus';
import { median, round } from './bench/stats';
import { withWarmUp } from './bench-browser/floor';
import { launchOfflineChromium } from './bench-browser/launch';
import { openAndClose } from './bench-browser/measure-page';
import { PageSession } from './bench-browser/page-session';
import { medianAndP95 } from './bench-browser/report';
import { startCorpusServer } from './bench-browser/server';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run bench:browser:ab -- --base <git revision> [--corpus <dir>] [--limit N]';

function parseArgs(argv: string[]): { base: string; corpus: string; limit: number } {
  const args = { base: '', corpus: resolve(repoRoot, '../shared/corpus/scrapinghub'), limit: 0 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--base') args.base = value;
    else if (flag === '--corpus') args.corpus = resolve(value);
    else if (flag === '--limit') args.limit = Number(value);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (!args.base) throw new Error(`--base is needed\n${USAGE}`);
  if (!Number.isInteger(args.limit) || args.limit < 0)
    throw new Error(`--limit takes a whole number\n${USAGE}`);
  return args;
}

/** Builds the Chrome extension in `dir` (`npm run build`'s output) and returns the output folder. */
function build(dir: string): string {
  execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(dir, '.output/chrome-mv3');
}

const ms = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} ms`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const rev = execFileSync('git', ['rev-parse', '--short', args.base], { cwd: repoRoot }).toString().trim();
  const corpus = loadCorpus(args.corpus);
  const pages = args.limit > 0 ? corpus.pages.slice(0, args.limit) : corpus.pages;
  const worktree = mkdtempSync(join(tmpdir(), 'lectern-ab-'));
  try {
    process.stderr.write(`building the working tree and ${rev}…\n`);
    const builds = { tree: build(repoRoot), base: '' };
    execFileSync('git', ['worktree', 'add', '--detach', worktree, rev], { cwd: repoRoot, stdio: 'ignore' });
    // The same installed packages: the comparison is of the code, not of the dependencies.
    symlinkSync(join(repoRoot, 'node_modules'), join(worktree, 'node_modules'));
    builds.base = build(worktree);

    const server = await startCorpusServer(pages, false);
    const tree = await launchOfflineChromium(builds.tree);
    const base = await launchOfflineChromium(builds.base);
    try {
      const tabs = { tree: await PageSession.onlyTab(tree), base: await PageSession.onlyTab(base) };
      const painted = { tree: [] as number[], base: [] as number[] };
      const differences: number[] = [];
      let turn = 0;
      for (const { item: page, counted } of withWarmUp(pages)) {
        const got = { tree: null as number | null, base: null as number | null };
        for (const side of turn++ % 2 === 0 ? (['tree', 'base'] as const) : (['base', 'tree'] as const)) {
          await tabs[side].goto(server.urlOf(page.id), 30_000);
          got[side] = (await openAndClose(tabs[side])).paintedMs;
        }
        if (!counted || got.tree === null || got.base === null) continue;
        painted.tree.push(got.tree);
        painted.base.push(got.base);
        differences.push(got.tree - got.base);
        if (differences.length % 20 === 0)
          process.stderr.write(`  ${differences.length}/${pages.length} pages\n`);
      }
      const summary = {
        base: rev,
        pages: pages.length,
        paired: differences.length,
        tree: medianAndP95(painted.tree),
        baseline: medianAndP95(painted.base),
        difference: {
          medianMs: round(median(differences), 1),
          meanMs: round(differences.reduce((sum, d) => sum + d, 0) / (differences.length || 1), 1),
          treeFaster: differences.filter((d) => d < 0).length,
        },
      };
      console.log(
        [
          `click → painted in Chromium, the working tree against ${rev}, page by page in turn (${summary.paired} of ${summary.pages} pages opened in both):`,
          '| build         | median     | p95        |',
          '|---------------|-----------:|-----------:|',
          `| working tree  | ${ms(summary.tree.medianMs).padStart(10)} | ${ms(summary.tree.p95Ms).padStart(10)} |`,
          `| ${rev.padEnd(13)} | ${ms(summary.baseline.medianMs).padStart(10)} | ${ms(summary.baseline.p95Ms).padStart(10)} |`,
          `difference per page (working tree − ${rev}): median ${ms(summary.difference.medianMs)}, mean ${ms(summary.difference.meanMs)}; the working tree was faster on ${summary.difference.treeFaster} of ${summary.paired} pages`,
        ].join('\n'),
      );
      console.log(JSON.stringify(summary));
    } finally {
      await tree.close();
      await base.close();
      await server.close();
    }
  } finally {
    try {
      execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: repoRoot, stdio: 'ignore' });
    } catch {
      // The worktree was never added (an unknown revision): only the empty folder is left.
    }
    rmSync(worktree, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
