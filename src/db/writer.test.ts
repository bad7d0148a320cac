import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { makeMap } from '../test/fixtures';
import { ConflictError, isQuotaError } from './errors';
import { applySave, insertMap, loadMap } from './repo';
import { JourneyDB } from './schema';
import { workerWriter, type WriterReply, type WriterRequest } from './writer';

/** A stand-in for writer.worker.ts: the same applySave, replies posted asynchronously. */
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
          const revision = await applySave(db, structuredClone(req.save), req.baseRevision);
          reply = { id: req.id, ok: true, revision, completedAt: Date.now() };
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
  it('writes a batch through the message protocol and reports the new revision', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const writer = workerWriter(db, fakeWorker(db));
    const next = edit.setTitle(map, { title: '宽带移机' });
    const { revision, completedAt } = await writer.save(map, next, 1);
    expect(revision).toBe(2);
    expect(completedAt).toBeGreaterThan(0);
    const loaded = await loadMap(db, map.id);
    expect(loaded.ok && loaded.map.title).toBe('宽带移机');
  });

  it('revives conflicts and wrapped quota errors so the saver can tell them apart', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const stale = workerWriter(db, fakeWorker(db));
    await expect(stale.save(map, edit.setTitle(map, { title: 'x' }), 7)).rejects.toBeInstanceOf(ConflictError);
    const quota = workerWriter(db, fakeWorker(db, () => Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })));
    const err = await quota.save(map, edit.setTitle(map, { title: 'y' }), 1).catch((e: unknown) => e);
    expect(isQuotaError(err)).toBe(true);
  });
});
