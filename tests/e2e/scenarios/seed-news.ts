import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEED_NEWS_DIR } from '../harness/paths';
import { SEED_PAGE_PATH } from '../harness/page-server';

export interface SeedExpectations {
  title: string;
  paragraphs: string[];
  clutter: string[];
}

/** What the reader must and must not show on the seed news page (shared/fixtures/seed-news/expected.json). */
export const seedNews: SeedExpectations = JSON.parse(
  readFileSync(resolve(SEED_NEWS_DIR, 'expected.json'), 'utf8'),
) as SeedExpectations;

export { SEED_PAGE_PATH };

/** The seed page's floating and side clutter that must be hidden while the reader is open. */
export const SEED_CLUTTER_SELECTORS = ['.ticker', 'aside.sidebar', '.video-sticky', '.newsletter'];
