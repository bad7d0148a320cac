import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { base64ToBytes } from '../domain/formats/images';
import { sha256Hex } from '../domain/images';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import { freeUnusedImages } from './imageGc';
import { imageStats, putImages, readImages } from './images';
import { insertMap, purgeMap, trashMap } from './repo';
import { JourneyDB } from './schema';

const PNG_1PX = base64ToBytes('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==');

let db: JourneyDB;
let n = 0;
beforeEach(() => {
  db = new JourneyDB(`images-${++n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function png(extra = 0) {
  const bytes = extra ? Uint8Array.of(...PNG_1PX, extra) : PNG_1PX;
  return { hash: await sha256Hex(bytes), type: 'image/png' as const, width: 1, height: 1, bytes };
}

function mapWith(id: string, hash: string) {
  const map = makeMap('blueprint', id);
  return edit.addCard(map, { cardId: `${id}-photo`, laneId: laneOf(map, 'evidence'), stepId: stepIds(map)[0]!, text: 'photo', from: { image: hash } });
}

describe('stored images', () => {
  it('keeps one copy of the same image however often it is stored, and reads its bytes back', async () => {
    const img = await png();
    expect(await putImages(db, [img, img])).toBe(1);
    expect(await putImages(db, [img])).toBe(0);
    expect(await imageStats(db)).toEqual({ count: 1, bytes: PNG_1PX.length });
    expect(await readImages(db, [img.hash, 'f'.repeat(64)])).toEqual([img]);
  });

  it('frees an image only when no map uses it, the trash included, after the grace period', async () => {
    const a = await png();
    const b = await png(1);
    const orphan = await png(2);
    await putImages(db, [a, b, orphan], 1_000);
    await insertMap(db, mapWith('m1', a.hash));
    await insertMap(db, mapWith('m2', b.hash));
    await trashMap(db, 'm2');
    // within the grace period nothing goes
    expect(await freeUnusedImages(db, { graceMs: 60_000, now: 30_000 })).toBe(0);
    expect(await freeUnusedImages(db, { graceMs: 60_000, now: 100_000 })).toBe(1);
    expect((await db.blobs.toCollection().primaryKeys()).sort()).toEqual([a.hash, b.hash].sort());
    // a map deleted forever takes its image with it; the other map's stays
    await purgeMap(db, 'm2');
    expect(await freeUnusedImages(db, { graceMs: 0 })).toBe(1);
    expect(await db.blobs.toCollection().primaryKeys()).toEqual([a.hash]);
  });

  it('frees nothing when a map cannot be read (what it uses is unknown)', async () => {
    const img = await png();
    await putImages(db, [img], 0);
    await db.maps.add({ id: 'broken', title: 'x', kind: 'journey', createdAt: 0, revision: 1, updatedAt: 0, deletedAt: null, cardCount: 0 });
    expect(await freeUnusedImages(db, { graceMs: 0 })).toBe(0);
    expect(await db.blobs.count()).toBe(1);
  });
});
