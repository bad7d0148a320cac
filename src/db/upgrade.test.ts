import { afterEach, describe, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { exportBackup, importBackup } from '../domain/formats/backup';
import { canonical } from '../domain/query';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import { legacyMap } from './legacy';
import { backupEntries, insertMap, lastExports, listMaps, listPersonas, loadMap, markExported, restoreEntries, trashMap } from './repo';
import type { CardRow, DocRow, MapRow } from './schema';
import { editOf } from './testing';
import { writeUpdate } from './write';
import V4 from './fixtures/db-v4.json';
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

/** Writes a database exactly as schema version 4 (IndexedDB version 40) left it. */
async function createV4(name: string, data: typeof V4): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(name, 40);
    req.onupgradeneeded = () => {
      const db = req.result;
      const maps = db.createObjectStore('maps', { keyPath: 'id' });
      maps.createIndex('updatedAt', 'updatedAt');
      maps.createIndex('deletedAt', 'deletedAt');
      db.createObjectStore('cards', { keyPath: ['mapId', 'id'] }).createIndex('mapId', 'mapId');
      db.createObjectStore('exports', { keyPath: 'mapId' });
      db.createObjectStore('personas', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      db.createObjectStore('docs', { keyPath: 'mapId' });
    };
    req.onsuccess = () => {
      const db = req.result;
      const tables = ['maps', 'cards', 'exports', 'personas', 'docs'] as const;
      const tx = db.transaction([...tables], 'readwrite');
      for (const t of tables) for (const row of data[t]) tx.objectStore(t).put(row);
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

/** What the code of the fixture's own version showed for each map: the upgrade must show the same. */
function expectedMaps(data: { maps: object[]; cards: object[]; docs?: object[] }) {
  return (data.maps as MapRow[]).map((row) => {
    const doc = (data.docs as DocRow[] | undefined)?.find((d) => d.mapId === row.id);
    const r = legacyMap(row, doc, (data.cards as CardRow[]).filter((c) => c.mapId === row.id));
    if (!r.ok) throw new Error(r.error);
    return { id: row.id, map: r.map, revision: row.revision, deletedAt: row.deletedAt ?? null };
  });
}

async function expectLossless(db: JourneyDB, data: { maps: object[]; cards: object[]; docs?: object[] }) {
  for (const want of expectedMaps(data)) {
    const loaded = await loadMap(db, want.id);
    expect(loaded).toEqual({ ok: true, map: want.map, revision: want.revision, deletedAt: want.deletedAt });
  }
  expect(db.verno).toBe(6);
  // converted once: one document state per map, the old rows gone
  expect(await db.updates.count()).toBe(data.maps.length);
  expect(await db.cards.count()).toBe(0);
  expect(await db.docs.count()).toBe(0);
}

describe('schema upgrades (a fixture database for every released version)', () => {
  it('version 1 opens in the current version with every map, card and field intact', async () => {
    const name = 'upgrade-v1';
    names.push(name);
    await createV1(name, V1);
    const db = new JourneyDB(name);
    expect((await listMaps(db)).map((m) => m.title)).toEqual(['宽带移机 服务蓝图']);
    await expectLossless(db, V1);
    const loaded = await loadMap(db, 'fixture-v1');
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.map.cards).toHaveLength(V1.cards.length);
    expect(loaded.map.cards.find((c) => c.id === 'c3')).toMatchObject({ failPoint: true, text: '工单派到了错误的片区，整个流程重新开始' });
    expect(loaded.map.connections).toHaveLength(2);
    expect(loaded.revision).toBe(4);
    // the export table works
    await markExported(db, 'fixture-v1', 'png', 123);
    expect((await lastExports(db)).get('fixture-v1')).toBe(123);
    // the library row stays small: the document lives in the update log
    const row = (await db.maps.get('fixture-v1')) as unknown as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(['cardCount', 'createdAt', 'deletedAt', 'id', 'kind', 'revision', 'title', 'updatedAt']);
    db.close();
  });

  it('version 3 opens with each map converted, and saves a card edit', async () => {
    const name = 'upgrade-v3';
    names.push(name);
    await createV1(name, V1, 30);
    const db = new JourneyDB(name);
    await expectLossless(db, V1);
    const save = await editOf(db, 'fixture-v1', (m) => edit.updateCard(m, { cardId: 'c3', patch: { text: '派单正确' } }));
    await writeUpdate(db.backendDB(), save);
    const again = await loadMap(db, 'fixture-v1');
    expect(again.ok && again.map.cards.find((c) => c.id === 'c3')!.text).toBe('派单正确');
    expect(again.ok && again.map.cards).toHaveLength(V1.cards.length);
    db.close();
  });

  it('version 4 opens with every map (trashed ones too), export, persona and field intact', async () => {
    const name = 'upgrade-v4';
    names.push(name);
    await createV4(name, V4);
    const db = new JourneyDB(name);
    await expectLossless(db, V4);
    expect((await listMaps(db)).map((m) => [m.id, m.deletedAt !== null])).toEqual([
      ['fixture-v4-journey', true],
      ['fixture-v1', false],
    ]);
    expect((await lastExports(db)).get('fixture-v1')).toBe(1700000003000);
    expect((await listPersonas(db)).map((p) => p.name)).toEqual(['李阿姨']);
    const journey = await loadMap(db, 'fixture-v4-journey');
    expect(journey.ok && journey.map.cards.find((c) => c.id === 'j2')).toMatchObject({ rootCause: '风控', owner: '票务' });
    db.close();
  });

  it('a map the upgrade cannot convert keeps its old rows and still says why it cannot open', async () => {
    const name = 'upgrade-broken';
    names.push(name);
    const broken = { ...V4, docs: V4.docs.map((d) => (d.mapId === 'fixture-v4-journey' ? { ...d, stages: [] } : d)) };
    await createV4(name, broken);
    const db = new JourneyDB(name);
    const loaded = await loadMap(db, 'fixture-v4-journey');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error).toMatch(/stages/);
    expect(await db.docs.count()).toBe(1);
    expect((await loadMap(db, 'fixture-v1')).ok).toBe(true);
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
