import type { ImageRecord } from '../domain/formats/images';
import { unusedImages } from '../domain/images';
import type { BlobRow, JourneyDB } from './schema';

/**
 * The images cards show, stored once each by the SHA-256 of their bytes (`blobs`). Cards name
 * them; nothing here knows which cards. Freeing is done by `freeUnusedImages` (imageGc.ts), which
 * reads every map.
 */

/** Stores images that are not stored yet; an image already there is left as it is (same bytes). */
export async function putImages(db: JourneyDB, images: readonly ImageRecord[], now = Date.now()): Promise<number> {
  if (!images.length) return 0;
  let added = 0;
  await db.transaction('rw', db.blobs, async () => {
    for (const img of images) {
      if (await db.blobs.get(img.hash)) continue;
      const blob = new Blob([img.bytes as BlobPart], { type: img.type });
      await db.blobs.add({ hash: img.hash, blob, type: img.type, width: img.width, height: img.height, size: img.bytes.length, createdAt: now } satisfies BlobRow);
      added++;
    }
  });
  return added;
}

export const getImage = (db: JourneyDB, hash: string): Promise<BlobRow | undefined> => db.blobs.get(hash);

/** The stored images among `hashes`, with their bytes (for exports and backups); missing ones are left out. */
export async function readImages(db: JourneyDB, hashes: Iterable<string>): Promise<ImageRecord[]> {
  const rows = await db.blobs.bulkGet([...new Set(hashes)]);
  const out: ImageRecord[] = [];
  for (const row of rows) {
    if (!row) continue;
    out.push({ hash: row.hash, type: row.type as ImageRecord['type'], width: row.width, height: row.height, bytes: new Uint8Array(await row.blob.arrayBuffer()) });
  }
  return out;
}

/** How many images are stored and their bytes (the library's storage line). */
export async function imageStats(db: JourneyDB): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  await db.blobs.each((row) => {
    count++;
    bytes += row.size;
  });
  return { count, bytes };
}

/** Deletes the stored images not in `used` (older than the grace period); returns how many. */
export async function deleteUnusedImages(db: JourneyDB, used: ReadonlySet<string>, now: number, graceMs: number): Promise<number> {
  return db.transaction('rw', db.blobs, async () => {
    const stored: { hash: string; createdAt: number }[] = [];
    await db.blobs.each((row) => void stored.push({ hash: row.hash, createdAt: row.createdAt }));
    const unused = unusedImages(stored, used, now, graceMs);
    await db.blobs.bulkDelete(unused);
    return unused.length;
  });
}
