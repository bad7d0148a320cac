/// <reference lib="webworker" />
import { ConflictError } from './errors';
import { compactUpdates, openForWriting, writeUpdate } from './write';
import type { WriterReply, WriterRequest } from './writer';

/** The saving worker: appends document updates, and folds a map's log, in IndexedDB transactions of its own. */
const connections = new Map<string, Promise<IDBDatabase>>();

function connection(name: string, version: number): Promise<IDBDatabase> {
  const key = `${name}@${version}`;
  let db = connections.get(key);
  if (!db) {
    db = openForWriting(name, version, () => connections.delete(key));
    db.catch(() => connections.delete(key)); // a later save tries again
    connections.set(key, db);
  }
  return db;
}

self.onmessage = async (e: MessageEvent<WriterRequest>) => {
  const { id, dbName, version } = e.data;
  if ('warm' in e.data) {
    await connection(dbName, version).catch(() => {}); // errors surface on the first save
    return;
  }
  let reply: WriterReply;
  try {
    const idb = await connection(dbName, version);
    if ('save' in e.data) await writeUpdate(idb, e.data.save);
    else await compactUpdates(idb, e.data.compact);
    reply = { id, ok: true, completedAt: performance.timeOrigin + performance.now() };
  } catch (err) {
    const error = err as Error & { inner?: { name?: string } };
    reply = {
      id,
      ok: false,
      error:
        err instanceof ConflictError
          ? { kind: 'conflict', mapId: err.mapId, reason: err.reason }
          : { kind: 'other', name: error?.name ?? 'Error', message: error?.message ?? String(err), innerName: error?.inner?.name },
    };
  }
  (self as unknown as Worker).postMessage(reply);
};
