import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../support/paths';

export { SEED_NEWS_DIR } from '../../support/paths';

/** The Chrome build the end-to-end tests and the demo load: the extension exactly as it ships. */
export const CHROME_BUILD_DIR = resolve(REPO_ROOT, '.output', 'chrome-mv3');
/** Test pages of our own (served at the server's root). */
export const E2E_PAGES_DIR = resolve(REPO_ROOT, 'tests', 'e2e', 'pages');
/** Screenshots and other run output; git-ignored. */
export const ARTIFACTS_DIR = resolve(REPO_ROOT, 'test-artifacts');

/** Fails early, and says what to do, when the extension has not been built. */
export function requireChromeBuild(): string {
  if (!existsSync(resolve(CHROME_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${CHROME_BUILD_DIR}: run npm run build first.`);
  }
  return CHROME_BUILD_DIR;
}
