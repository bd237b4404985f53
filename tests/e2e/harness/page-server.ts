import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { E2E_PAGES_DIR, SEED_NEWS_DIR } from './paths';
import { serve, type Reply, type Served } from './serve';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The seed news page is served at this path; everything else comes from tests/e2e/pages/. */
export const SEED_PAGE_PATH = '/seed-news/';

export type PageServer = Served;

function fileFor(pathname: string): string | null {
  if (pathname === SEED_PAGE_PATH) return resolve(SEED_NEWS_DIR, 'source.html');
  const file = resolve(E2E_PAGES_DIR, `.${decodeURIComponent(pathname)}`);
  // Never serve anything outside the pages folder (`/../package.json` and the like).
  return file.startsWith(E2E_PAGES_DIR + sep) ? file : null;
}

/** The seed page and tests/e2e/pages/ as static files on 127.0.0.1 (see `serve`). */
export function startPageServer(): Promise<PageServer> {
  return serve(pageFile);
}

/** The seed page or a file of tests/e2e/pages/ for a URL's path, or null (a 404). */
export async function pageFile({ pathname }: URL): Promise<Reply> {
  const file = fileFor(pathname);
  const type = file ? TYPES[extname(file)] : undefined;
  if (!file || !type) return null;
  return readFile(file).then(
    (body) => ({ body, type }),
    () => null,
  );
}
