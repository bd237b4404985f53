import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a handler answers: a body with its type (200 unless `status` says otherwise), or null for a 404. */
export type Reply = {
  body?: string | Buffer;
  type?: string;
  status?: number;
  headers?: Record<string, string>;
} | null;

export interface Served {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** An absolute URL on this server for a path. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * An HTTP server on 127.0.0.1 and a free port, answering every request through `handler`: pages get a real
 * http origin (the reader is not injected into file: URLs without extra permission) and nothing leaves the
 * machine. Nothing is cached, so every test sees what its handler gives now.
 */
export async function serve(handler: (url: URL) => Reply | Promise<Reply>): Promise<Served> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    Promise.resolve()
      .then(() => handler(url))
      .then(
        (reply) => {
          if (!reply) return void response.writeHead(404).end();
          const headers = {
            'cache-control': 'no-store',
            ...(reply.type ? { 'content-type': reply.type } : {}),
          };
          response.writeHead(reply.status ?? 200, { ...headers, ...reply.headers }).end(reply.body);
        },
        () => void response.writeHead(500).end(),
      );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export const HTML = 'text/html; charset=utf-8';
