import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { E2E_PAGES_DIR, SEED_NEWS_DIR } from './paths';

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

export interface PageServer {
  /** An absolute http://127.0.0.1:<port> URL for a path on this server. */
  url(path: string): string;
  close(): Promise<void>;
}

function fileFor(pathname: string): string | null {
  if (pathname === SEED_PAGE_PATH) return resolve(SEED_NEWS_DIR, 'source.html');
  const file = resolve(E2E_PAGES_DIR, `.${decodeURIComponent(pathname)}`);
  // Never serve anything outside the pages folder (`/../package.json` and the like).
  return file.startsWith(E2E_PAGES_DIR + sep) ? file : null;
}

/**
 * A static HTTP server on 127.0.0.1 and a free port: pages get a real http origin (the reader is not
 * injected into file: URLs without extra permission), and nothing leaves the machine.
 */
export async function startPageServer(): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const type = file ? TYPES[extname(file)] : undefined;
    if (!file || !type) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => new URL(path, `http://127.0.0.1:${port}`).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
