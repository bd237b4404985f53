import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('node_modules/.bin/pouchdb-server');

/** A free port on 127.0.0.1, for the server to keep across restarts. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/**
 * PouchDB Server (CouchDB's HTTP API and replication protocol) on 127.0.0.1, in memory: stopping it loses
 * its data, so a restart mid-sync is a server that comes back empty... unless `keep` runs it on a folder.
 */
export class CouchServer {
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly folder: string,
    /** Databases in memory only (a restart loses them), for a bench that must not time the disk. */
    private readonly inMemory = false,
  ) {}

  /**
   * `admins` (name → password) ends PouchDB Server's "admin party": then only those users may create
   * databases, a wrong password is answered 401, and `/_session` logs in. (PouchDB Server 4.2 crashes on a
   * database created without credentials once admins exist, so the tests never do that.)
   */
  static async start(
    options: { admins?: Record<string, string>; inMemory?: boolean } = {},
  ): Promise<CouchServer> {
    const server = new CouchServer(
      await freePort(),
      await mkdtemp(join(tmpdir(), 'lectern-couch-')),
      options.inMemory === true,
    );
    if (options.admins)
      await writeFile(join(server.folder, 'config.json'), JSON.stringify({ admins: options.admins }));
    await server.resume();
    return server;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the server (again) on the same port and data folder, and waits until it answers. */
  async resume(): Promise<void> {
    // Run in its own folder: PouchDB Server writes its config.json and log.txt to the working directory,
    // and keeps the databases there (leveldb), so that a restart finds them again.
    const store = this.inMemory ? ['--in-memory'] : ['--dir', this.folder];
    this.child = spawn(BIN, ['--port', String(this.port), '--host', '127.0.0.1', ...store], {
      cwd: this.folder,
      stdio: 'ignore',
    });
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      const answered = await fetch(`${this.origin}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (answered) return;
      await new Promise((done) => setTimeout(done, 200));
    }
    await this.halt();
    throw new Error(`PouchDB Server did not answer on ${this.origin} within 90 s.`);
  }

  /** Stops the server as a crash would. */
  async halt(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
  }

  async json(path: string, init?: RequestInit): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.origin}${path}`, init);
    return (await response.json()) as Record<string, unknown>;
  }

  async close(): Promise<void> {
    await this.halt();
    await rm(this.folder, { recursive: true, force: true });
  }
}
