import { afterEach, describe, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { exportBackup, importBackup } from '../domain/formats/backup';
import { canonical } from '../domain/query';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import { backupEntries, insertMap, lastExports, listMaps, loadMap, markExported, restoreEntries, saveChanges, trashMap } from './repo';
import { JourneyDB } from './schema';
import V1 from './fixtures/db-v1.json';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new JourneyDB(name).delete();
});

/**
 * Writes a database exactly as schema version 1 (IndexedDB version 10) or 3 (30: two more
 * tables, rows unchanged) left it.
 */
async function createV1(name: string, data: { maps: object[]; cards: object[] }, version: 10 | 30 = 10): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      const db = req.result;
      const maps = db.createObjectStore('maps', { keyPath: 'id' });
      maps.createIndex('updatedAt', 'updatedAt');
      maps.createIndex('deletedAt', 'deletedAt');
      db.createObjectStore('cards', { keyPath: ['mapId', 'id'] }).createIndex('mapId', 'mapId');
      if (version === 30) {
        db.createObjectStore('exports', { keyPath: 'mapId' });
        db.createObjectStore('personas', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      }
    };
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['maps', 'cards'], 'readwrite');
      for (const m of data.maps) tx.objectStore('maps').put(m);
      for (const c of data.cards) tx.objectStore('cards').put(c);
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

describe('schema upgrades (a fixture database for every released version)', () => {
  it('version 1 opens in the current version with every map, card and field intact', async () => {
    const name = 'upgrade-v1';
    names.push(name);
    await createV1(name, V1);
    const db = new JourneyDB(name);
    expect((await listMaps(db)).map((m) => m.title)).toEqual(['宽带移机 服务蓝图']);
    const loaded = await loadMap(db, 'fixture-v1');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.map.cards).toHaveLength(V1.cards.length);
    expect(loaded.map.cards.find((c) => c.id === 'c3')).toMatchObject({ failPoint: true, text: '工单派到了错误的片区，整个流程重新开始' });
    expect(loaded.map.connections).toHaveLength(2);
    expect(loaded.revision).toBe(4);
    // the new table works
    await markExported(db, 'fixture-v1', 'png', 123);
    expect((await lastExports(db)).get('fixture-v1')).toBe(123);
    expect(db.verno).toBe(4);
    // version 4 keeps the structure apart from the small map row
    const row = (await db.maps.get('fixture-v1')) as unknown as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(['cardCount', 'createdAt', 'deletedAt', 'id', 'kind', 'revision', 'title', 'updatedAt']);
    expect((await db.docs.get('fixture-v1'))?.stages.length).toBeGreaterThan(0);
    db.close();
  });

  it('version 3 opens with each map split into its small row and its structure, and saves a card edit', async () => {
    const name = 'upgrade-v3';
    names.push(name);
    await createV1(name, V1, 30);
    const db = new JourneyDB(name);
    const loaded = await loadMap(db, 'fixture-v1');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.map.connections).toHaveLength(2);
    const card = loaded.map.cards.find((c) => c.id === 'c3')!;
    const next = edit.updateCard(loaded.map, { cardId: card.id, patch: { text: '派单正确' } });
    expect(await saveChanges(db, loaded.map, next, loaded.revision)).toBe(loaded.revision + 1);
    const again = await loadMap(db, 'fixture-v1');
    expect(again.ok && again.map).toEqual(canonical(next));
    db.close();
  });
});

describe('backup and restore', () => {
  it('round-trips every map, trashed ones too, and restores only what is missing', async () => {
    const name = 'backup';
    names.push(name);
    const db = new JourneyDB(name);
    let a = makeMap('blueprint', 'A');
    a = edit.addCard(a, { cardId: 'x', laneId: laneOf(a, 'customer'), stepId: stepIds(a)[0]!, text: '拨打热线' });
    const b = makeMap('journey', 'B');
    await insertMap(db, a);
    await insertMap(db, b);
    await trashMap(db, 'B');
    const entries = importBackup(exportBackup(await backupEntries(db), 1));
    expect(entries.map((e) => [e.map.id, e.deletedAt !== null])).toEqual(expect.arrayContaining([['A', false], ['B', true]]));
    expect(entries.find((e) => e.map.id === 'A')!.map).toEqual(canonical(a));
    const fresh = new JourneyDB('restore-target');
    names.push('restore-target');
    await insertMap(fresh, b);
    expect(await restoreEntries(fresh, entries)).toEqual({ added: 1, skipped: 1 });
    const restored = await loadMap(fresh, 'A');
    expect(restored.ok && restored.map).toEqual(canonical(a));
    db.close();
    fresh.close();
  });

  it('names the map that is wrong in a bad backup', () => {
    const text = exportBackup([{ map: makeMap(), updatedAt: 1, deletedAt: null }], 1).replace('"kind": "blueprint"', '"kind": "spaceship"');
    expect(() => importBackup(text)).toThrow(/maps\.0: kind/);
    expect(() => importBackup('{"format":"something else"}')).toThrow(/not a Journeyprint backup/);
  });
});
