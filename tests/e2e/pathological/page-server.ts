import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generatePage } from './pages';

export interface GeneratedPageServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves the generated pages on 127.0.0.1 and a free port (a real http origin, nothing leaves the machine). */
export async function startGeneratedPageServer(): Promise<GeneratedPageServer> {
  const server: Server = createServer((request, response) => {
    const page = generatePage(new URL(request.url ?? '/', 'http://127.0.0.1'));
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
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
