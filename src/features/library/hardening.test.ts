import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { insertMap, loadMap } from '../../db/repo';
import i18n from '../../i18n';
import { makeMap } from '../../test/fixtures';
import { useUiStore } from '../../store/uiStore';
import { importText } from '../export/importFile';
import { collectBackup, restoreBackupText } from './backup';
import { createNewMap, duplicateMap } from './libraryActions';

/** Makes every add and put on `store` fail as a full disk does; returns the undo. */
function diskFull(store: string): () => void {
  const { add, put } = IDBObjectStore.prototype;
  const fail = function (this: IDBObjectStore, original: typeof add) {
    return function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
      if (this.name === store) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  };
  IDBObjectStore.prototype.add = fail.call(null as never, add);
  IDBObjectStore.prototype.put = fail.call(null as never, put);
  return () => {
    IDBObjectStore.prototype.add = add;
    IDBObjectStore.prototype.put = put;
  };
}

const t = i18n.t;
const undo: (() => void)[] = [];
afterEach(async () => {
  undo.splice(0).forEach((u) => u());
  await db.delete();
  await db.open();
});

describe('a full disk is said in words (defect 9)', () => {
  it('New map and Duplicate say the disk is full, and change nothing', async () => {
    await insertMap(db, makeMap('journey', 'orig'));
    undo.push(diskFull('maps'));
    expect(await createNewMap('journey')).toBeNull();
    expect(useUiStore.getState().notice?.text).toMatch(/The disk is full/);
    useUiStore.setState({ notice: null });
    expect(await duplicateMap('orig')).toBeNull();
    expect(useUiStore.getState().notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/The disk is full/) });
    expect(await db.maps.count()).toBe(1);
  });

  it('import and restore say the disk is full, not "unexpected error"', async () => {
    undo.push(diskFull('maps'));
    const r = await importText('a.mmd', 'journey\nsection S\nA: 3: Me', t);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/The disk is full/);
    expect(!r.ok && r.message).not.toMatch(/unexpected error/);
    const backup = JSON.stringify({ format: 'journeyprint-backup', version: 1, createdAt: 1, maps: [{ map: makeMap('journey', 'b'), updatedAt: 1, deletedAt: null }] });
    const restored = await restoreBackupText('b.json', backup, t);
    expect(restored.message).toMatch(/The disk is full/);
  });
});

describe('titles at the limit (defect 6)', () => {
  it('a copy of a 500-character title opens', async () => {
    const map = { ...makeMap('journey', 'long'), title: '长'.repeat(500) };
    await insertMap(db, map);
    const id = await duplicateMap('long');
    const copy = await loadMap(db, id!);
    expect(copy.ok).toBe(true);
    expect(copy.ok && copy.map.title.endsWith('(copy)')).toBe(true);
  });

  it('a backup names a map it cannot read instead of skipping it silently', async () => {
    await insertMap(db, makeMap('journey', 'good'));
    await insertMap(db, makeMap('journey', 'bad'));
    // Its stored document damaged beyond reading (a disk error, or a bug in an older version).
    await db.maps.update('bad', { title: 'Damaged map' });
    await db.updates.where('mapId').equals('bad').modify({ update: new Uint8Array([255, 1, 2, 3]) });
    const { entries, failed } = await collectBackup();
    expect(entries.map((e) => e.map.id)).toEqual(['good']);
    expect(failed).toEqual([{ title: 'Damaged map', error: expect.stringMatching(/unreadable/) }]);
  });
});
