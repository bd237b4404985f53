import { createServer, type Server } from 'node:net';

export interface UnreachableHosts {
  /** Each connection the browser opened to one of the hosts, as `origin` (none is answered). */
  attempts: string[];
  close(): Promise<void>;
}

/**
 * Makes hosts unreachable while still watching them: on each host's port (its server closed first), a
 * listener that cuts every connection the moment it opens, with a reset, so that the browser gets a network
 * error as from a host that is down, and records it. A request that never reaches here was never sent.
 */
export async function unreachableHosts(origins: readonly string[]): Promise<UnreachableHosts> {
  const attempts: string[] = [];
  const servers: Server[] = [];
  for (const origin of origins) {
    const server = createServer((socket) => {
      attempts.push(origin);
      socket.resetAndDestroy();
    });
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(Number(new URL(origin).port), '127.0.0.1', done);
    });
    servers.push(server);
  }
  return {
    attempts,
    close: async () => {
      await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
    },
  };
}
