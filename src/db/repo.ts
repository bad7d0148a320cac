import type { BackupEntry } from '../domain/formats/backup';
import { restoreMap } from '../domain/migrate';
import { canonical } from '../domain/query';
import type { JourneyMap, LibraryPersona } from '../domain/types';
import { diffCards } from './diff';
import { ConflictError } from './errors';
import { type CardRow, type JourneyDB, type MapRow } from './schema';

/** Repository functions: the only code that reads and writes the database. */

export type MapSummary = Pick<MapRow, 'id' | 'title' | 'kind' | 'updatedAt' | 'deletedAt' | 'cardCount' | 'createdAt'>;

function toRow(map: JourneyMap, revision: number, now: number, deletedAt: number | null = null): MapRow {
  const { cards, ...rest } = map;
  return { ...rest, revision, updatedAt: now, deletedAt, cardCount: cards.length };
}

function cardRows(map: JourneyMap, cards = map.cards): CardRow[] {
  return cards.map((c) => ({ ...c, mapId: map.id }));
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

export type LoadResult =
  | { ok: true; map: JourneyMap; revision: number; deletedAt: number | null }
  | { ok: false; error: 'not-found' | string };

/** Loads a map in one read transaction and passes it through the migrate/validate boundary. */
export async function loadMap(db: JourneyDB, id: string): Promise<LoadResult> {
  const { row, cards } = await db.transaction('r', db.maps, db.cards, async () => ({
    row: await db.maps.get(id),
    cards: await db.cards.where('mapId').equals(id).toArray(),
  }));
  if (!row) return { ok: false, error: 'not-found' };
  const { revision, updatedAt: _u, deletedAt, cardCount: _c, ...doc } = row;
  const restored = restoreMap({ ...doc, cards: cards.map(({ mapId: _m, ...c }) => c) });
  if (!restored.ok) return { ok: false, error: restored.error };
  return { ok: true, map: canonical(restored.map), revision, deletedAt };
}

export async function insertMap(db: JourneyDB, map: JourneyMap, now = Date.now()): Promise<number> {
  await db.transaction('rw', db.maps, db.cards, async () => {
    await db.maps.add(toRow(map, 1, now));
    await db.cards.bulkAdd(cardRows(map));
  });
  return 1;
}

/** One save, ready to write: the changed card rows, the removed card keys and the map row. */
export interface PreparedSave {
  mapId: string;
  put: CardRow[];
  remove: [string, string][];
  row: Omit<MapRow, 'revision' | 'updatedAt'>;
}

/** What a save writes, found by comparing the versions (cheap: unchanged cards are the same objects). */
export function prepareSave(prev: JourneyMap | null, next: JourneyMap): PreparedSave {
  const { put, remove } = diffCards(prev, next);
  const { revision: _r, updatedAt: _u, ...row } = toRow(next, 0, 0);
  return { mapId: next.id, put: cardRows(next, put), remove: remove.map((id) => [next.id, id]), row };
}

/**
 * Writes a prepared save in one transaction, if the stored revision is still `baseRevision`;
 * otherwise throws ConflictError and writes nothing. Returns the new revision.
 */
export async function applySave(db: JourneyDB, save: PreparedSave, baseRevision: number, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.maps, db.cards, async () => {
    const row = await db.maps.get(save.mapId);
    if (!row || row.deletedAt !== null) throw new ConflictError(save.mapId, 'deleted');
    if (row.revision !== baseRevision) throw new ConflictError(save.mapId, 'newer');
    const revision = baseRevision + 1;
    if (save.put.length) await db.cards.bulkPut(save.put);
    if (save.remove.length) await db.cards.bulkDelete(save.remove);
    await db.maps.put({ ...save.row, revision, updatedAt: now });
    return revision;
  });
}

/** Writes what changed from `prev` to `next` (see applySave). */
export function saveChanges(db: JourneyDB, prev: JourneyMap | null, next: JourneyMap, baseRevision: number, now = Date.now()): Promise<number> {
  return applySave(db, prepareSave(prev, next), baseRevision, now);
}

/** Edits a map's row outside the editor (library rename, trash, restore), bumping its revision. */
async function touchRow(db: JourneyDB, id: string, patch: Partial<MapRow>, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.maps, async () => {
    const row = await db.maps.get(id);
    if (!row) throw new ConflictError(id, 'deleted');
    await db.maps.put({ ...row, ...patch, revision: row.revision + 1, updatedAt: now });
  });
}

export function renameMap(db: JourneyDB, id: string, title: string): Promise<void> {
  const t = title.trim();
  return t ? touchRow(db, id, { title: t }) : Promise.resolve();
}

export function trashMap(db: JourneyDB, id: string, now = Date.now()): Promise<void> {
  return touchRow(db, id, { deletedAt: now }, now);
}

export function untrashMap(db: JourneyDB, id: string): Promise<void> {
  return touchRow(db, id, { deletedAt: null });
}

/** Deletes a map and its cards for good. */
export async function purgeMap(db: JourneyDB, id: string): Promise<void> {
  await db.transaction('rw', db.maps, db.cards, async () => {
    await db.cards.where('mapId').equals(id).delete();
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

/** Every map, trashed ones too, for a backup. */
export async function backupEntries(db: JourneyDB): Promise<BackupEntry[]> {
  const rows = await db.maps.toArray();
  const out: BackupEntry[] = [];
  for (const row of rows) {
    const loaded = await loadMap(db, row.id);
    if (loaded.ok) out.push({ map: loaded.map, updatedAt: row.updatedAt, deletedAt: row.deletedAt });
  }
  return out;
}

/** Adds the maps of a backup that are not in the library; maps that are there are left alone. */
export async function restoreEntries(db: JourneyDB, entries: readonly BackupEntry[]): Promise<{ added: number; skipped: number }> {
  let added = 0;
  let skipped = 0;
  await db.transaction('rw', db.maps, db.cards, async () => {
    for (const e of entries) {
      if (await db.maps.get(e.map.id)) {
        skipped++;
        continue;
      }
      await db.maps.add(toRow(e.map, 1, e.updatedAt, e.deletedAt));
      await db.cards.bulkAdd(cardRows(e.map));
      added++;
    }
  });
  return { added, skipped };
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
