import { resolve } from 'node:path';

/** Tests run from the repository root. */
export const REPO_ROOT = process.cwd();
/**
 * The demo news page: `source.html`, which is also an extraction fixture, and `expected.json`, what the
 * reader must show on it and what it must not. Committed, so no test needs a folder outside the repo.
 */
export const SEED_NEWS_DIR = resolve(REPO_ROOT, 'tests', 'fixtures', 'pages', 'seed-news');
