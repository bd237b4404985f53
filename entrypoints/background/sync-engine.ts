import { Dexie } from 'dexie';
import PouchDB from 'pouchdb-browser';
import type { LibraryDb } from '../../core/library/db';
import {
  databaseUrl,
  problemFor,
  usesSession,
  type SyncAccount,
  type SyncProblem,
  type SyncStatus,
} from '../../core/sync/account';
import { applyReplicaChanges, BATCH, pushLocalChanges, readState } from '../../core/sync/bridge';
import type { PouchLike } from '../../core/sync/pouch';
import { problemOf } from '../../core/sync/problems';

/** The local replica PouchDB's replicator syncs with the server (IndexedDB, in the extension's origin). */
const REPLICA_NAME = 'lectern-sync';

interface Emitter {
  on(event: string, listener: (info?: unknown) => void): Emitter;
  cancel(): void;
}

type Replica = PouchLike & {
  sync(remote: unknown, options: Record<string, unknown>): Emitter;
  changes(options: Record<string, unknown>): Emitter;
  destroy(): Promise<void>;
  close(): Promise<void>;
};

/** Waits a second after the first failure, doubling to at most a minute. */
const backOff = (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000));

/**
 * One live sync with one account: PouchDB's replicator between the replica and the server (both ways,
 * live, from its checkpoints, retrying with back-off), and the bridge between the replica and the library,
 * run again after each change on either side.
 */
export class SyncEngine {
  private replica: Replica | null = null;
  private running: Emitter[] = [];
  private round: Promise<void> | null = null;
  private again = false;
  private stopWatchingLibrary: (() => void) | null = null;
  private written = 0;

  constructor(
    private readonly db: LibraryDb,
    private readonly report: (change: Partial<SyncStatus>) => void,
  ) {}

  get isRunning(): boolean {
    return this.replica !== null;
  }

  start(account: SyncAccount): void {
    this.stop();
    const replica = new PouchDB(REPLICA_NAME) as Replica;
    // A session login sends no password: PouchDB's requests carry the browser's cookie for the server.
    const signIn = account.username && !usesSession(account);
    const remote = new PouchDB(databaseUrl(account), {
      skip_setup: true,
      ...(signIn ? { auth: { username: account.username, password: account.password } } : {}),
    });
    const problem = (error: unknown) => problemFor(account, problemOf(error));
    this.replica = replica;
    this.written = 0;
    this.report({ state: 'syncing', problem: null, written: 0, pending: null });
    this.runRound();
    const replication = replica
      .sync(remote, { live: true, retry: true, batch_size: BATCH, back_off_function: backOff })
      .on('change', (info) => {
        const { change } = info as { change: { docs_written: number; pending?: number } };
        this.written += change.docs_written;
        this.report({ state: 'syncing', written: this.written, pending: change.pending ?? null });
      })
      .on('active', () => this.report({ state: 'syncing', problem: null }))
      .on('paused', (error) => {
        if (error) return this.report({ state: 'paused', problem: problem(error) });
        this.report({ state: 'idle', problem: null, lastSyncAt: Date.now(), pending: 0 });
      })
      .on('denied', (error) => this.report({ state: 'error', problem: deniedProblem(error) }))
      .on('error', (error) => this.report({ state: 'error', problem: problem(error) }));
    const pulled = replica
      .changes({ since: 'now', live: true })
      .on('change', () => this.runRound())
      .on('error', () => undefined);
    this.running = [replication, pulled];
    const onMutated = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((key) => key.includes(this.db.name))) this.runRound();
    };
    Dexie.on('storagemutated', onMutated);
    this.stopWatchingLibrary = () => Dexie.on('storagemutated').unsubscribe(onMutated);
  }

  /** Stops syncing; `forget` also removes the replica (the library keeps every article). */
  stop(forget = false): Promise<void> {
    for (const running of this.running) running.cancel();
    this.running = [];
    this.stopWatchingLibrary?.();
    this.stopWatchingLibrary = null;
    const replica = this.replica;
    this.replica = null;
    if (!replica) return Promise.resolve();
    return forget ? replica.destroy() : replica.close();
  }

  /** Runs the bridge once, or once more after the running round when asked during it. */
  runRound(): void {
    if (this.round) {
      this.again = true;
      return;
    }
    const replica = this.replica;
    if (!replica) return;
    this.round = (async () => {
      do {
        this.again = false;
        const state = await readState(replica);
        await applyReplicaChanges(this.db, replica, state);
        await pushLocalChanges(this.db, replica, state);
      } while (this.again && this.replica === replica);
    })()
      .catch((error: unknown) => {
        if (this.replica === replica) this.report({ state: 'error', problem: problemOf(error) });
      })
      .finally(() => {
        this.round = null;
      });
  }
}

/** A document the server refused: a validation function or a reader-only account. */
function deniedProblem(error: unknown): SyncProblem {
  const problem = problemOf(error);
  return problem === 'failed' ? 'forbidden' : problem;
}
