import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { canonical } from '../domain/query';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import { failPuts } from '../test/failPuts';
import { isQuotaError } from './errors';
import { insertMap, listMaps, loadMap, purgeMap, renameMap, trashMap, untrashMap } from './repo';
import { JourneyDB } from './schema';
import { editOf } from './testing';
import { compactUpdates, writeUpdate } from './write';

let db: JourneyDB;
let n = 0;
beforeEach(() => {
  db = new JourneyDB(`test-${++n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function filled() {
  const map = makeMap();
  const customer = laneOf(map, 'customer');
  const [s1, s2] = stepIds(map);
  let m = edit.addCard(map, { cardId: 'a', laneId: customer, stepId: s1!, text: '机器人应答' });
  m = edit.addCard(m, { cardId: 'b', laneId: customer, stepId: s2!, text: '转人工' });
  m = edit.updateCard(m, { cardId: 'b', patch: { failPoint: true, waitMin: 12 } });
  m = edit.addConnection(m, { id: 'k', from: 'a', to: 'b', label: '转接' });
  m = edit.setEmotion(m, { stepId: s1!, value: -2 });
  return edit.updateMapInfo(m, { persona: { name: '王女士', quote: '我只想搬家后能上网' } });
}

const raw = async () => {
  if (!db.isOpen()) await db.open();
  return db.backendDB();
};

describe('repository', () => {
  it('saves and loads a map exactly', async () => {
    const m = filled();
    await insertMap(db, m);
    const r = await loadMap(db, m.id);
    expect(r.ok && r.map).toEqual(canonical(m));
    expect(r.ok && r.revision).toBe(1);
  });

  it('appends an edit as one small update and derives the library row from the document', async () => {
    const m0 = filled();
    await insertMap(db, m0);
    const save = await editOf(db, m0.id, (m) => edit.setTitle(edit.deleteCard(m, { cardId: 'b' }), { title: '新标题' }));
    expect(save.update.length).toBeLessThan(200);
    await writeUpdate(await raw(), save);
    const r = await loadMap(db, m0.id);
    expect(r.ok && r.map).toEqual(canonical(edit.setTitle(edit.deleteCard(m0, { cardId: 'b' }), { title: '新标题' })));
    expect((await listMaps(db))[0]).toMatchObject({ title: '新标题', cardCount: 1 });
  });

  it('two tabs writing from the same stored version: both edits are kept (nothing is stale any more)', async () => {
    const m0 = filled();
    await insertMap(db, m0);
    const tabA = await editOf(db, m0.id, (m) => edit.setTitle(m, { title: 'Tab A' }));
    const tabB = await editOf(db, m0.id, (m) => edit.updateCard(m, { cardId: 'a', patch: { text: 'from B' } }));
    await writeUpdate(await raw(), tabA);
    await writeUpdate(await raw(), tabB);
    const r = await loadMap(db, m0.id);
    expect(r.ok && r.map.title).toBe('Tab A');
    expect(r.ok && r.map.cards.find((c) => c.id === 'a')!.text).toBe('from B');
  });

  it('a failing transaction writes nothing (never half a batch)', async () => {
    const m0 = filled();
    await insertMap(db, m0);
    const save = await editOf(db, m0.id, (m) => edit.updateCard(m, { cardId: 'a', patch: { text: 'changed' } }));
    // the update is queued first; then writing the map row fails
    const restore = failPuts('maps', () => new Error('disk on fire'));
    try {
      await expect(writeUpdate(await raw(), save)).rejects.toThrow('disk on fire');
    } finally {
      restore();
    }
    const r = await loadMap(db, m0.id);
    expect(r.ok && r.map.cards[0]!.text).toBe('机器人应答');
    expect(r.ok && r.revision).toBe(1);
    expect(await db.updates.count()).toBe(1);
  });

  it('compacts the update log into one row without losing anything', async () => {
    const m0 = filled();
    await insertMap(db, m0);
    for (let i = 0; i < 5; i++) await writeUpdate(await raw(), await editOf(db, m0.id, (m) => edit.setEmotion(m, { stepId: stepIds(m)[i % 3]!, value: i - 1 })));
    const before = await loadMap(db, m0.id);
    expect(await db.updates.where('mapId').equals(m0.id).count()).toBe(6);
    expect(await compactUpdates(await raw(), m0.id)).toBe(6);
    expect(await db.updates.where('mapId').equals(m0.id).count()).toBe(1);
    expect((await loadMap(db, m0.id)).ok && (await loadMap(db, m0.id))).toEqual(before);
    // opening a map writes nothing (the log grows only with edits)
    await loadMap(db, m0.id);
    expect(await db.updates.count()).toBe(1);
  });

  it('an edit saved while the log is being folded stays beside the fold, and a second fold takes it in', async () => {
    const m0 = filled();
    await insertMap(db, m0);
    const idb = await raw();
    for (let i = 0; i < 3; i++) await writeUpdate(idb, await editOf(db, m0.id, (m) => edit.setEmotion(m, { stepId: stepIds(m)[i]!, value: i })));
    const late = await editOf(db, m0.id, (m) => edit.setTitle(m, { title: '折叠时的修改' }));
    // The fold reads first; the append's transaction is queued behind that read and commits
    // before the fold writes its result.
    const folding = compactUpdates(idb, m0.id);
    const appending = writeUpdate(idb, late);
    await Promise.all([folding, appending]);
    expect(await db.updates.where('mapId').equals(m0.id).count()).toBe(2);
    const after = await loadMap(db, m0.id);
    expect(after.ok && after.map.title).toBe('折叠时的修改');
    expect(after.ok && after.map.stages.flatMap((g) => g.steps).map((s) => s.emotion)).toEqual(expect.arrayContaining([0, 1, 2]));
    expect(await compactUpdates(idb, m0.id)).toBe(2);
    expect(await loadMap(db, m0.id)).toEqual(after);
  });

  it('lists newest first; rename (as a document edit), trash, restore and purge', async () => {
    const a = makeMap('journey', 'A');
    const b = makeMap('blueprint', 'B');
    await insertMap(db, a, 100);
    await insertMap(db, b, 200);
    expect((await listMaps(db)).map((m) => m.id)).toEqual(['B', 'A']);
    await renameMap(db, 'A', '新名字');
    const list = await listMaps(db);
    expect(list[0]).toMatchObject({ id: 'A', title: '新名字' });
    const loaded = await loadMap(db, 'A');
    expect(loaded.ok && loaded.map.title).toBe('新名字');
    const late = await editOf(db, 'A', (m) => edit.setTitle(m, { title: 'x' }));
    await trashMap(db, 'A');
    expect((await listMaps(db)).find((m) => m.id === 'A')!.deletedAt).not.toBeNull();
    // an open tab of a trashed map cannot keep writing to it
    await expect(writeUpdate(await raw(), late)).rejects.toMatchObject({ reason: 'deleted' });
    await untrashMap(db, 'A');
    expect((await listMaps(db)).find((m) => m.id === 'A')!.deletedAt).toBeNull();
    await purgeMap(db, 'A');
    expect(await loadMap(db, 'A')).toEqual({ ok: false, error: 'not-found' });
    expect(await db.updates.where('mapId').equals('A').count()).toBe(0);
  });

  it('recognises quota errors, also when Dexie wraps them', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
