import { resolve } from 'node:path';

/** Command-line options of `npm run bench`. Relative paths are taken from the current directory. */
export interface BenchArgs {
  corpus: string;
  out: string;
  worst: number;
  /** Extractor names to run (all when empty); for quick iterations, never for published figures. */
  only: string[];
}

const USAGE =
  'usage: npm run bench -- [--corpus <dir>] [--out predictions.json] [--worst N] [--only name,name]';

export function parseArgs(argv: string[], repoRoot: string): BenchArgs {
  const args: BenchArgs = {
    corpus: resolve(repoRoot, '../shared/corpus/scrapinghub'),
    out: resolve(repoRoot, 'bench-results/predictions.json'),
    worst: 0,
    only: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '-h' || flag === '--help') throw new Error(USAGE);
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    i++;
    if (flag === '--corpus') args.corpus = resolve(value);
    else if (flag === '--out') args.out = resolve(value);
    else if (flag === '--worst') args.worst = Number(value);
    else if (flag === '--only') args.only = value.split(',').filter(Boolean);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (!Number.isInteger(args.worst) || args.worst < 0)
    throw new Error(`--worst takes a whole number\n${USAGE}`);
  return args;
}
