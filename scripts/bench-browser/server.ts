import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CorpusPage } from '../bench/corpus';

export interface CorpusServer {
  /** http://127.0.0.1:<port>/page/<id>.html */
  urlOf(id: string): string;
  close(): Promise<void>;
}

/**
 * Serves each corpus page's HTML exactly as stored at /page/<id>.html on 127.0.0.1; anything else is a
 * 404, so a page's relative stylesheets and images fail at once instead of reaching a network.
 * With `pageScripts` false every response forbids scripts (CSP `script-src 'none'`): the page's own inline
 * scripts would otherwise keep changing some pages' DOM on timers, which is noise for the before/after
 * comparison and for the timings. Extension content scripts and DevTools evaluation are not subject to the
 * page's CSP, so the reader and the in-page Readability run either way.
 */
export async function startCorpusServer(pages: CorpusPage[], pageScripts: boolean): Promise<CorpusServer> {
  const byPath = new Map(pages.map((page) => [`/page/${page.id}.html`, page.html]));
  const server: Server = createServer((request, response) => {
    const html = byPath.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (html === undefined) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(pageScripts ? {} : { 'content-security-policy': "script-src 'none'" }),
      })
      .end(html);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (id) => `http://127.0.0.1:${port}/page/${encodeURIComponent(id)}.html`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
