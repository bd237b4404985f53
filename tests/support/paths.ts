import { resolve } from 'node:path';

/** Tests run from the repository root; the shared fixtures and corpus sit beside the checkout. */
export const REPO_ROOT = process.cwd();
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
export const SEED_NEWS_DIR = resolve(SHARED_DIR, 'fixtures', 'seed-news');
