import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { failPuts } from '../test/failPuts';
import { makeMap } from '../test/fixtures';
import { ConflictError, isQuotaError } from './errors';
import { insertMap, loadMap, trashMap } from './repo';
import { JourneyDB } from './schema';
import { editOf } from './testing';
import { workerWriter, type WriterReply, type WriterRequest } from './writer';

/**
 * The real writer.worker.ts, loaded as a module under fake-indexeddb: it installs its handler on
 * `self.onmessage` and answers with `self.postMessage`, so `self` here is a stand-in for the
 * worker's global scope and every message is cloned as it would be between threads.
 */
type WorkerScope = { onmessage: ((e: MessageEvent<WriterRequest>) => Promise<void>) | null; postMessage: (reply: WriterReply) => void };
const scope: WorkerScope = { onmessage: null, postMessage: () => {} };

beforeAll(async () => {
  (globalThis as unknown as { self: WorkerScope }).self = scope;
  await import('./writer.worker');
  expect(scope.onmessage).toBeTypeOf('function');
});

/** A Worker whose other end is the worker module above. */
function realWorker(): Worker {
  const worker = {
    onmessage: null as ((e: MessageEvent<WriterReply>) => void) | null,
    onerror: null,
    postMessage(req: WriterRequest) {
      scope.postMessage = (reply) => worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WriterReply>);
      void scope.onmessage!({ data: structuredClone(req) } as MessageEvent<WriterRequest>);
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

describe('the saving worker', () => {
  it('writes an update through the message protocol and reports when it completed', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const writer = workerWriter(db, realWorker());
    writer.warm();
    const { completedAt } = await writer.append(await editOf(db, map.id, (m) => edit.setTitle(m, { title: '宽带移机' })));
    expect(completedAt).toBeGreaterThan(0);
    const loaded = await loadMap(db, map.id);
    expect(loaded.ok && loaded.map.title).toBe('宽带移机');
  });

  it('folds a map\'s log on the worker and leaves other maps alone', async () => {
    const map = makeMap();
    const other = makeMap('journey', 'other');
    await insertMap(db, map);
    await insertMap(db, other);
    const writer = workerWriter(db, realWorker());
    for (const title of ['一', '二', '三']) await writer.append(await editOf(db, map.id, (m) => edit.setTitle(m, { title })));
    await writer.append(await editOf(db, other.id, (m) => edit.setTitle(m, { title: '别的' })));
    const rows = (id: string) => db.table('updates').where('mapId').equals(id).count();
    expect(await rows(map.id)).toBe(4);
    await writer.compact(map.id);
    expect(await rows(map.id)).toBe(1);
    expect(await rows(other.id)).toBe(2);
    const loaded = await loadMap(db, map.id);
    expect(loaded.ok && loaded.map.title).toBe('三');
  });

  it('folds on a worker of its own where one is given, started once, so saves never queue behind a fold', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const saving = realWorker();
    const asked: string[] = [];
    const post = saving.postMessage.bind(saving);
    saving.postMessage = (req: WriterRequest) => (asked.push('save' in req ? 'save' : 'compact' in req ? 'compact' : 'warm'), post(req));
    let started = 0;
    const writer = workerWriter(db, saving, () => (started++, realWorker()));
    for (const title of ['一', '二']) await writer.append(await editOf(db, map.id, (m) => edit.setTitle(m, { title })));
    await writer.compact(map.id);
    await writer.append(await editOf(db, map.id, (m) => edit.setTitle(m, { title: '三' })));
    await writer.compact(map.id);
    expect(started).toBe(1);
    expect(asked).toEqual(['save', 'save', 'save']);
    expect(await db.table('updates').where('mapId').equals(map.id).count()).toBe(1);
    const loaded = await loadMap(db, map.id);
    expect(loaded.ok && loaded.map.title).toBe('三');
  });

  it('a map in the trash comes back as a ConflictError ("deleted") and nothing is written', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const save = await editOf(db, map.id, (m) => edit.setTitle(m, { title: 'x' }));
    await trashMap(db, map.id);
    const updates = await db.table('updates').count();
    const err = await workerWriter(db, realWorker()).append(save).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).reason).toBe('deleted');
    expect(await db.table('updates').count()).toBe(updates);
  });

  it('a full disk comes back as a quota error, writes none of it, and the same save succeeds once there is room', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const writer = workerWriter(db, realWorker());
    const save = await editOf(db, map.id, (m) => edit.setTitle(m, { title: '满了' }));
    const rowBefore = await db.table('maps').get(map.id);
    const updates = await db.table('updates').count();
    const restore = failPuts('updates', () => new DOMException('The disk is full', 'QuotaExceededError'));
    let err: unknown;
    try {
      err = await writer.append(save).catch((e: unknown) => e);
    } finally {
      restore();
    }
    expect(isQuotaError(err)).toBe(true);
    expect(err).not.toBeInstanceOf(ConflictError);
    expect(await db.table('updates').count()).toBe(updates);
    expect(await db.table('maps').get(map.id)).toEqual(rowBefore); // not even the map row
    // Retry once there is room
    await writer.append(save);
    const loaded = await loadMap(db, map.id);
    expect(loaded.ok && loaded.map.title).toBe('满了');
  });
});
