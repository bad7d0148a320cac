import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { canonical } from '../domain/query';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import { ConflictError, isQuotaError } from './errors';
import { insertMap, listMaps, loadMap, purgeMap, renameMap, saveChanges, trashMap, untrashMap } from './repo';
import { JourneyDB } from './schema';
import { failPuts } from '../test/failPuts';

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

describe('repository', () => {
  it('saves and loads a map exactly', async () => {
    const m = filled();
    await insertMap(db, m);
    const r = await loadMap(db, m.id);
    expect(r.ok && r.map).toEqual(canonical(m));
    expect(r.ok && r.revision).toBe(1);
  });

  it('writes only what changed, bumping the revision', async () => {
    const m0 = filled();
    await insertMap(db, m0);
    const m1 = edit.updateCard(m0, { cardId: 'a', patch: { text: '新文字' } });
    const m2 = edit.deleteCard(m1, { cardId: 'b' });
    const rev = await saveChanges(db, m0, m2, 1);
    expect(rev).toBe(2);
    const r = await loadMap(db, m0.id);
    expect(r.ok && r.map).toEqual(canonical(m2));
    expect(await db.cards.where('mapId').equals(m0.id).count()).toBe(1);
  });

  it('refuses a write from a stale revision and leaves the newer work intact', async () => {
    const m0 = filled();
    await insertMap(db, m0);
    const tabA = edit.setTitle(m0, { title: 'Tab A' });
    const tabB = edit.setTitle(m0, { title: 'Tab B' });
    await saveChanges(db, m0, tabA, 1);
    await expect(saveChanges(db, m0, tabB, 1)).rejects.toBeInstanceOf(ConflictError);
    const r = await loadMap(db, m0.id);
    expect(r.ok && r.map.title).toBe('Tab A');
  });

  it('a failing transaction writes nothing (never half a batch)', async () => {
    const m0 = filled();
    await insertMap(db, m0);
    const bad = edit.updateCard(m0, { cardId: 'a', patch: { text: 'changed' } });
    // the card row is queued first; then writing the map row fails
    const restore = failPuts('maps', () => new Error('disk on fire'));
    try {
      await expect(saveChanges(db, m0, bad, 1)).rejects.toThrow('disk on fire');
    } finally {
      restore();
    }
    const r = await loadMap(db, m0.id);
    expect(r.ok && r.map.cards[0]!.text).toBe('机器人应答');
    expect(r.ok && r.revision).toBe(1);
  });

  it('lists newest first; rename, trash, restore and purge', async () => {
    const a = makeMap('journey', 'A');
    const b = makeMap('blueprint', 'B');
    await insertMap(db, a, 100);
    await insertMap(db, b, 200);
    expect((await listMaps(db)).map((m) => m.id)).toEqual(['B', 'A']);
    await renameMap(db, 'A', '新名字');
    const list = await listMaps(db);
    expect(list[0]).toMatchObject({ id: 'A', title: '新名字' });
    await trashMap(db, 'A');
    expect((await listMaps(db)).find((m) => m.id === 'A')!.deletedAt).not.toBeNull();
    // an open tab of a trashed map cannot keep writing to it
    await expect(saveChanges(db, a, edit.setTitle(a, { title: 'x' }), 3)).rejects.toMatchObject({ reason: 'deleted' });
    await untrashMap(db, 'A');
    expect((await listMaps(db)).find((m) => m.id === 'A')!.deletedAt).toBeNull();
    await purgeMap(db, 'A');
    expect(await loadMap(db, 'A')).toEqual({ ok: false, error: 'not-found' });
  });

  it('recognises quota errors, also when Dexie wraps them', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
