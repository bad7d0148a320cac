import { metaOf } from './library';
import type { JourneyMap } from '../domain/types';
import type { JourneyDB, MapRow, RoomRow, UpdateRow } from './schema';

/**
 * This browser's room memberships (one per shared map). Kept beside the maps, never in a map's
 * document, export or backup: a secret is a way into the room and stays on this device.
 */

export function roomOf(db: JourneyDB, mapId: string): Promise<RoomRow | undefined> {
  return db.rooms.get(mapId);
}

export function roomById(db: JourneyDB, roomId: string): Promise<RoomRow | undefined> {
  return db.rooms.where('roomId').equals(roomId).first();
}

export async function saveRoom(db: JourneyDB, row: RoomRow): Promise<void> {
  await db.rooms.put(row);
}

/** The map stays in the library as a local copy; only the way into the room is forgotten. */
export async function forgetRoom(db: JourneyDB, mapId: string): Promise<void> {
  await db.rooms.delete(mapId);
}

/**
 * Adds a map received from a room to the library, with its membership, in one transaction: the
 * library row (derived from the document, like every row), the document's Yjs state as its first
 * stored update, and the room row. A map already here (this browser shared it, or joined before)
 * gets the state merged into its log instead of a second copy. Returns whether the map was new.
 */
export async function addJoinedMap(db: JourneyDB, map: JourneyMap, state: Uint8Array, room: RoomRow, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', [db.maps, db.updates, db.rooms], async () => {
    const existing = await db.maps.get(map.id);
    if (!existing) {
      await db.maps.add({ id: map.id, ...metaOf(map), revision: 1, updatedAt: now, deletedAt: null } satisfies MapRow);
    } else if (existing.deletedAt !== null) {
      // Joining again brings a map back from the trash rather than hiding it there.
      await db.maps.put({ ...existing, deletedAt: null, revision: existing.revision + 1 });
    }
    await db.updates.add({ mapId: map.id, update: state } satisfies UpdateRow);
    await db.rooms.put({ ...room, mapId: map.id });
    return !existing;
  });
}
