import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { makeMap } from '../test/fixtures';
import { ConflictError, isQuotaError } from './errors';
import { insertMap, loadMap, trashMap } from './repo';
import { editOf } from './testing';
import { writeUpdate } from './write';
import { JourneyDB } from './schema';
import { workerWriter, type WriterReply, type WriterRequest } from './writer';

/** A stand-in for writer.worker.ts: the same writeUpdate, replies posted asynchronously. */
function fakeWorker(db: JourneyDB, fail?: () => Error | null): Worker {
  const worker = {
    onmessage: null as ((e: MessageEvent<WriterReply>) => void) | null,
    onerror: null,
    postMessage(req: WriterRequest) {
      if ('warm' in req) return;
      void (async () => {
        let reply: WriterReply;
        try {
          const injected = fail?.();
          if (injected) throw injected;
          await writeUpdate(db.backendDB(), structuredClone(req.save));
          reply = { id: req.id, ok: true, completedAt: Date.now() };
        } catch (err) {
          const e = err as Error & { inner?: { name: string } };
          reply = {
            id: req.id,
            ok: false,
            error: err instanceof ConflictError ? { kind: 'conflict', mapId: err.mapId, reason: err.reason } : { kind: 'other', name: e.name, message: e.message, innerName: e.inner?.name },
          };
        }
        worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WriterReply>);
      })();
    },
    terminate() {},
  };
  return worker as unknown as Worker;
}

let db: JourneyDB;
let n = 0;
beforeEach(() => {
  db = new JourneyDB(`writer-${++n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('workerWriter', () => {
  it('writes an update through the message protocol and reports when it completed', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const writer = workerWriter(db, fakeWorker(db));
    const { completedAt } = await writer.append(await editOf(db, map.id, (m) => edit.setTitle(m, { title: '宽带移机' })));
    expect(completedAt).toBeGreaterThan(0);
    const loaded = await loadMap(db, map.id);
    expect(loaded.ok && loaded.map.title).toBe('宽带移机');
  });

  it('revives "deleted" and wrapped quota errors so the saver can tell them apart', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const save = await editOf(db, map.id, (m) => edit.setTitle(m, { title: 'x' }));
    await trashMap(db, map.id);
    const gone = workerWriter(db, fakeWorker(db));
    await expect(gone.append(save)).rejects.toBeInstanceOf(ConflictError);
    const quota = workerWriter(db, fakeWorker(db, () => Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })));
    const err = await quota.append(save).catch((e: unknown) => e);
    expect(isQuotaError(err)).toBe(true);
  });
});
