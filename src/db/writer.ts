import { ConflictError } from './errors';
import { announceWrite, type JourneyDB } from './schema';
import { compactUpdates, writeUpdate, type PreparedAppend } from './write';

/**
 * How a session's updates get onto disk. In the browser a worker does the writing, so an edit's
 * transaction completes on the worker's own thread while the main thread renders the board; in
 * tests (and where workers are unavailable) the same code runs in-thread.
 */
export interface Writer {
  /** Resolves with when (epoch ms) the transaction completed. */
  append(save: PreparedAppend): Promise<{ completedAt: number }>;
  /**
   * Folds a map's stored updates into one (write.ts compactUpdates). The worker rebuilds the
   * document on its own thread: at 5,000 cards that is a long task the board would stutter on.
   */
  compact(mapId: string): Promise<void>;
  /** Opens the database ahead of the first save, so that save is quick. */
  warm(): void;
  close(): void;
}

export function directWriter(db: JourneyDB): Writer {
  return {
    async append(save) {
      if (!db.isOpen()) await db.open();
      await writeUpdate(db.backendDB(), save);
      announceWrite(db);
      return { completedAt: performance.timeOrigin + performance.now() };
    },
    async compact(mapId) {
      if (!db.isOpen()) await db.open();
      await compactUpdates(db.backendDB(), mapId);
    },
    warm() {},
    close() {},
  };
}

/** Messages between the main thread and writer.worker.ts. */
export type WriterRequest = { id: number; dbName: string; version: number } & ({ save: PreparedAppend } | { compact: string } | { warm: true });
export type WriterReply =
  | { id: number; ok: true; completedAt: number }
  | { id: number; ok: false; error: { kind: 'conflict'; mapId: string; reason: 'newer' | 'deleted' } | { kind: 'other'; name: string; message: string; innerName?: string } };

/** Rebuilds an error that crossed from the worker, keeping what the saver needs to classify it. */
export function reviveError(e: Extract<WriterReply, { ok: false }>['error']): Error {
  if (e.kind === 'conflict') return new ConflictError(e.mapId, e.reason);
  const error = Object.assign(new Error(e.message), { name: e.name }) as Error & { inner?: { name: string } };
  if (e.innerName) error.inner = { name: e.innerName };
  return error;
}

/**
 * The worker opens the database at exactly the version `db` has open, so it never writes in a
 * layout it does not know (when a newer tab upgraded it meanwhile). Folds go to a second worker
 * (`folder`, started at the first fold) where one is given: rebuilding a 5,000-card document
 * takes a few hundred milliseconds, and a save queued behind it on the same worker would wait.
 */
export function workerWriter(db: JourneyDB, worker: Worker, folder?: () => Worker): Writer {
  const version = () => db.backendDB().version;
  const saves = channel(worker, db.name, version, () => announceWrite(db));
  let folds: Channel | null = null;
  return {
    append(save) {
      return saves.ask({ save });
    },
    async compact(mapId) {
      // A fold changes no map's content: nothing to announce.
      folds ??= folder ? channel(folder(), db.name, version, () => {}) : saves;
      await folds.ask({ compact: mapId });
    },
    warm() {
      worker.postMessage({ id: 0, warm: true, dbName: db.name, version: version() } satisfies WriterRequest);
    },
    close() {
      worker.terminate();
      if (folds && folds !== saves) folds.worker.terminate();
    },
  };
}

type Channel = { worker: Worker; ask(body: { save: PreparedAppend } | { compact: string }): Promise<{ completedAt: number }> };

/** Requests to one worker and their replies, matched by id. */
function channel(worker: Worker, dbName: string, version: () => number, onWritten: () => void): Channel {
  let next = 1;
  const pending = new Map<number, { resolve: (v: { completedAt: number }) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<WriterReply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) {
      onWritten();
      p.resolve({ completedAt: e.data.completedAt });
    } else p.reject(reviveError(e.data.error));
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(`Saving worker failed: ${e.message}`));
    pending.clear();
  };
  return {
    worker,
    ask(body) {
      const id = next++;
      const request: WriterRequest = { id, dbName, version: version(), ...body };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
  };
}
