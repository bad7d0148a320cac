import type { JourneyMap, LibraryPersona } from '../domain/types';
import { ConflictError } from './errors';
import type { JourneyDB, MapRow } from './schema';
import type { MapMeta } from './write';

/**
 * What the library reads and writes without opening a document: its rows, the trash, exports
 * and personas. No Yjs here, so the library screen shows without loading the document code
 * (bench: initial_js_gzip_kb); what makes or reads documents is in repo.ts, loaded on demand.
 */

export type MapSummary = Pick<MapRow, 'id' | 'title' | 'kind' | 'updatedAt' | 'deletedAt' | 'cardCount' | 'createdAt'>;

/** What the library row shows, derived from the document (never kept by hand). */
export function metaOf(map: JourneyMap): MapMeta {
  return { title: map.title, kind: map.kind, createdAt: map.createdAt, cardCount: map.cards.length };
}

export async function listMaps(db: JourneyDB): Promise<MapSummary[]> {
  const rows = await db.maps.orderBy('updatedAt').reverse().toArray();
  return rows.map(({ id, title, kind, updatedAt, deletedAt, cardCount, createdAt }) => ({
    id,
    title,
    kind,
    updatedAt,
    deletedAt,
    cardCount,
    createdAt,
  }));
}

/** Edits a map's row outside the editor (library rename, trash, restore), bumping its revision. */
async function touchRow(db: JourneyDB, id: string, patch: Partial<MapRow>, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.maps, async () => {
    const row = await db.maps.get(id);
    if (!row) throw new ConflictError(id, 'deleted');
    await db.maps.put({ ...row, ...patch, revision: row.revision + 1, updatedAt: now });
  });
}

export function trashMap(db: JourneyDB, id: string, now = Date.now()): Promise<void> {
  return touchRow(db, id, { deletedAt: now }, now);
}

export function untrashMap(db: JourneyDB, id: string): Promise<void> {
  return touchRow(db, id, { deletedAt: null });
}

/** Deletes a map and its document for good. */
export async function purgeMap(db: JourneyDB, id: string): Promise<void> {
  await db.transaction('rw', [db.maps, db.docs, db.cards, db.updates, db.rooms], async () => {
    await db.rooms.delete(id);
    await db.updates.where('mapId').equals(id).delete();
    await db.cards.where('mapId').equals(id).delete();
    await db.docs.delete(id);
    await db.maps.delete(id);
  });
}

/** Remembers an export; kept out of the map row so it never disturbs the map's revision. */
export async function markExported(db: JourneyDB, mapId: string, format: string, at = Date.now()): Promise<void> {
  await db.exports.put({ mapId, at, format });
}

export async function lastExports(db: JourneyDB): Promise<Map<string, number>> {
  return new Map((await db.exports.toArray()).map((e) => [e.mapId, e.at]));
}

/** The persona library, newest first. */
export function listPersonas(db: JourneyDB): Promise<LibraryPersona[]> {
  return db.personas.orderBy('updatedAt').reverse().toArray();
}

export async function savePersona(db: JourneyDB, persona: LibraryPersona): Promise<void> {
  await db.personas.put(persona);
}

export async function deletePersona(db: JourneyDB, id: string): Promise<void> {
  await db.personas.delete(id);
}
