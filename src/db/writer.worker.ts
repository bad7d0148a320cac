/// <reference lib="webworker" />
import { ConflictError } from './errors';
import { applySave } from './repo';
import { JourneyDB } from './schema';
import type { WriterReply, WriterRequest } from './writer';

/** The saving worker: applies prepared saves in IndexedDB transactions of its own. */
const dbs = new Map<string, JourneyDB>();

self.onmessage = async (e: MessageEvent<WriterRequest>) => {
  const { id, dbName } = e.data;
  let db = dbs.get(dbName);
  if (!db) dbs.set(dbName, (db = new JourneyDB(dbName)));
  if ('warm' in e.data) {
    await db.open().catch(() => {}); // errors surface on the first save
    return;
  }
  const { save, baseRevision } = e.data;
  let reply: WriterReply;
  try {
    const revision = await applySave(db, save, baseRevision);
    reply = { id, ok: true, revision, completedAt: performance.timeOrigin + performance.now() };
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
