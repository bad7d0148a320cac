import { imageHashes } from '../domain/images';
import { deleteUnusedImages } from './images';
import { loadMap } from './repo';
import type { JourneyDB } from './schema';

/**
 * Frees the images no map uses any more: every map counts, the trash included, so a map restored
 * from the trash has its photos. Run lazily (when the library opens, after a map is deleted
 * forever), never when a card is deleted: an undone delete must find its image still there. A map
 * that cannot be read stops the collection (what it uses is unknown), and so does a library
 * without images (nothing to read).
 */
export async function freeUnusedImages(db: JourneyDB, opts: { graceMs: number; now?: number }): Promise<number> {
  if ((await db.blobs.count()) === 0) return 0;
  const used = new Set<string>();
  for (const id of await db.maps.toCollection().primaryKeys()) {
    const loaded = await loadMap(db, id);
    if (!loaded.ok) return 0;
    for (const h of imageHashes(loaded.map)) used.add(h);
  }
  return deleteUnusedImages(db, used, opts.now ?? Date.now(), opts.graceMs);
}
