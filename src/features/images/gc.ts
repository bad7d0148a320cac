import { db } from '../../db';

/**
 * When images are freed (see db/imageGc.ts). Not when a card is deleted: its delete can be undone
 * while the map is open, and the image must then still be there. The library (no map open in this
 * tab) frees what no map uses when it opens, keeping anything stored in the last minute (another
 * tab may have stored an image whose card it is saving right now); deleting a map forever frees
 * its images at once. The code that reads every map loads only when there are images at all.
 */
export const LIBRARY_GRACE_MS = 60_000;

export async function freeImages(graceMs: number): Promise<number> {
  try {
    if ((await db.blobs.count()) === 0) return 0;
    const { freeUnusedImages } = await import('../../db/imageGc');
    return await freeUnusedImages(db, { graceMs });
  } catch {
    return 0; // freeing space is a courtesy: it never gets in the way
  }
}
