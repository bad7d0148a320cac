import { Worker } from 'node:worker_threads';
import type { DocumentStore } from './documents.ts';
import type { RoomStore } from './rooms.ts';
import type { Request, Response, StorageOptions } from './worker.ts';

/** The documents as the sync thread sees them: appends are batched (see `batchAppends`). */
export interface DocumentStorage extends Omit<DocumentStore, 'appendMany'> {
  /** Resolves once `update` is durable, to a log row id at least as high as its own. */
  append(name: string, update: Uint8Array): Promise<number>;
}

export interface Storage {
  documents: DocumentStorage;
  rooms: RoomStore;
  /** 'embedded' (PGlite in a data folder) or 'postgres'. */
  kind: 'embedded' | 'postgres';
  /** Resolves if the storage worker dies: nothing can be stored any more (main.ts exits). */
  failed: Promise<Error>;
  close(): Promise<void>;
}

const WORKER = new URL('./worker.ts', import.meta.url);
const LOADER = new URL('../../ts-loader.mjs', import.meta.url);

/**
 * The store runs in a worker thread. PGlite executes PostgreSQL synchronously on the thread that
 * calls it (measured here: storing a 2,000-card room blocked for 0.7–3.8 s, each logged update for
 * 2–16 ms), and compacting a document is CPU work too; on the sync thread that stalls every
 * participant's messages. The worker owns the database; this thread only posts requests.
 */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const worker = new Worker(WORKER, { execArgv: ['--import', LOADER.href], workerData: options });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
  let closing = false;
  let reportFailure!: (error: Error) => void;
  const failed = new Promise<Error>((resolve) => (reportFailure = resolve));

  const failAll = (error: Error) => {
    if (!failure && !closing) reportFailure(error);
    failure ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (response: Response) => {
    const p = pending.get(response.id);
    if (!p) return;
    pending.delete(response.id);
    if ('error' in response) p.reject(new Error(response.error));
    else p.resolve(response.result);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`storage worker exited (${code})`)));

  const call = <T>(method: Request['method'], ...args: unknown[]): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, args } satisfies Request);
    });
  };

  const kind = await call<Storage['kind']>('open');
  const appends = batchAppends((entries) => call<number>('documents.appendMany', entries));
  return {
    kind,
    failed,
    documents: {
      append: appends.append,
      fetch: (name) => call('documents.fetch', name),
      fetchParts: (name) => call('documents.fetchParts', name),
      store: (name, state, upTo) => call('documents.store', name, state, upTo),
      remove: (name) => call('documents.remove', name),
    },
    rooms: {
      create: (room) => call('rooms.create', room),
      get: (id) => call('rooms.get', id),
      rotate: (id, hashes, at) => call('rooms.rotate', id, hashes, at),
      stop: (id, at) => call('rooms.stop', id, at),
    },
    close: async () => {
      await appends.drain().catch(() => undefined);
      closing = true;
      if (!failure) await call('close');
      await worker.terminate();
    },
  };
}

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters, and a bounded message to the worker. */
const MAX_BATCH = 512;

/**
 * Group commit: one batch of appends in flight at a time; whatever arrives meanwhile goes in the
 * next batch, one statement. Under load a batch holds many participants' edits, so the log keeps
 * up however slowly each write goes, and a write costs one round trip whatever its size.
 */
export function batchAppends(write: (entries: [string, Uint8Array][]) => Promise<number>) {
  type Waiting = { name: string; update: Uint8Array; resolve: (id: number) => void; reject: (e: Error) => void };
  let queue: Waiting[] = [];
  let running: Promise<void> | null = null;

  const run = async () => {
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(batch.length);
      try {
        const id = await write(batch.map((w) => [w.name, w.update]));
        for (const w of batch) w.resolve(id);
      } catch (error) {
        for (const w of batch) w.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    running = null;
  };

  return {
    append(name: string, update: Uint8Array): Promise<number> {
      return new Promise<number>((resolve, reject) => {
        queue.push({ name, update, resolve, reject });
        running ??= run();
      });
    },
    /** Resolves when every append asked for so far has been written (or failed). */
    async drain(): Promise<void> {
      while (running) await running;
    },
  };
}
