import { describe, expect, it } from 'vitest';
import { makeMap } from '../test/fixtures';
import * as edit from '../domain/edit';
import { insertMap, loadMap } from './repo';
import { editOf } from './testing';
import { JourneyDB } from './schema';
import { openForWriting, writeUpdate } from './write';

describe('the save connection', () => {
  it('never creates a database, and never opens one at a version it does not know', async () => {
    await expect(openForWriting('never-made', 40)).rejects.toBeTruthy();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('never-made');

    const db = new JourneyDB('write-versions');
    await db.open();
    await expect(openForWriting('write-versions', 30)).rejects.toMatchObject({ name: 'VersionError' });
    db.close();
    await db.delete();
  });

  it('writes at the version the app has open, and closes when another tab upgrades', async () => {
    const db = new JourneyDB('write-upgrade');
    const map = makeMap();
    await insertMap(db, map);
    const version = db.backendDB().version;
    let closed = false;
    const raw = await openForWriting('write-upgrade', version, () => (closed = true));
    await writeUpdate(raw, await editOf(db, map.id, (m) => edit.setTitle(m, { title: '新标题' })));
    expect(((await loadMap(db, map.id)) as { map: { title: string } }).map.title).toBe('新标题');
    db.close();
    // a newer version of the app opens the database: this connection steps aside, not blocking it
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('write-upgrade', version + 10);
      req.onsuccess = () => (req.result.close(), resolve());
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked by the save connection'));
    });
    expect(closed).toBe(true);
    await new JourneyDB('write-upgrade').delete();
  });
});
