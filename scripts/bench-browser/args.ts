import { resolve } from 'node:path';

/** Command-line options of `npm run bench:browser`. */
export interface BrowserBenchArgs {
  corpus: string;
  /** Measure only the first N pages (0: all). */
  limit: number;
  /** Let the pages' own inline scripts run (off by default; see server.ts). */
  pageScripts: boolean;
  /** Run the same bench in Firefox ESR too, after Chromium, and print both. */
  firefox: boolean;
}

const USAGE = 'usage: npm run bench:browser -- [--corpus <dir>] [--limit N] [--page-scripts] [--firefox]';

export function parseArgs(argv: string[], repoRoot: string): BrowserBenchArgs {
  const args: BrowserBenchArgs = {
    corpus: resolve(repoRoot, '../shared/corpus/scrapinghub'),
    limit: 0,
    pageScripts: false,
    firefox: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '-h' || flag === '--help') throw new Error(USAGE);
    if (flag === '--page-scripts') {
      args.pageScripts = true;
      continue;
    }
    if (flag === '--firefox') {
      args.firefox = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--corpus') args.corpus = resolve(value);
    else if (flag === '--limit') args.limit = Number(value);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (!Number.isInteger(args.limit) || args.limit < 0)
    throw new Error(`--limit takes a whole number\n${USAGE}`);
  return args;
}
