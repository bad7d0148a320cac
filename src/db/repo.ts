import type { BackupEntry } from '../domain/formats/backup';
import { restoreMap } from '../domain/migrate';
import { canonical } from '../domain/query';
import type { JourneyMap, LibraryPersona } from '../domain/types';
import { diffCards } from './diff';
import { ConflictError } from './errors';
import { type CardRow, type DocRow, type JourneyDB, type MapRow } from './schema';
import { writeSave, type PreparedSave } from './write';

export type { PreparedSave } from './write';

/** Repository functions: the only code that reads and writes the database. */

export type MapSummary = Pick<MapRow, 'id' | 'title' | 'kind' | 'updatedAt' | 'deletedAt' | 'cardCount' | 'createdAt'>;

function metaRow(map: JourneyMap): Omit<MapRow, 'revision' | 'updatedAt'> {
  return { id: map.id, title: map.title, kind: map.kind, createdAt: map.createdAt, deletedAt: null, cardCount: map.cards.length };
}

function toRow(map: JourneyMap, revision: number, now: number, deletedAt: number | null = null): MapRow {
  return { ...metaRow(map), revision, updatedAt: now, deletedAt };
}

function docRow(map: JourneyMap): DocRow {
  const { id, title: _t, kind: _k, createdAt: _c, cards: _cards, ...rest } = map;
  return { ...rest, mapId: id };
}

/** True when anything kept in the doc row differs (edits replace only what they change). */
function docChanged(prev: JourneyMap, next: JourneyMap): boolean {
  return (
    prev.stages !== next.stages ||
    prev.lanes !== next.lanes ||
    prev.connections !== next.connections ||
    prev.persona !== next.persona ||
    prev.marks !== next.marks ||
    prev.scenario !== next.scenario ||
    prev.expectations !== next.expectations ||
    prev.toleranceFloor !== next.toleranceFloor ||
    prev.backlog !== next.backlog ||
    prev.customChannels !== next.customChannels ||
    prev.waitThresholds !== next.waitThresholds ||
    prev.schemaVersion !== next.schemaVersion
  );
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
  const { row, doc, cards } = await db.transaction('r', db.maps, db.docs, db.cards, async () => ({
    row: await db.maps.get(id),
    doc: await db.docs.get(id),
    cards: await db.cards.where('mapId').equals(id).toArray(),
  }));
  if (!row) return { ok: false, error: 'not-found' };
  const { revision, updatedAt: _u, deletedAt, cardCount: _c, ...meta } = row;
  const { mapId: _m, ...structure } = doc ?? { mapId: id };
  const restored = restoreMap({ ...structure, ...meta, cards: cards.map(({ mapId: _mm, ...c }) => c) });
  if (!restored.ok) return { ok: false, error: restored.error };
  return { ok: true, map: canonical(restored.map), revision, deletedAt };
}

export async function insertMap(db: JourneyDB, map: JourneyMap, now = Date.now()): Promise<number> {
  await db.transaction('rw', db.maps, db.docs, db.cards, () => addMap(db, map, now, null));
  return 1;
}

async function addMap(db: JourneyDB, map: JourneyMap, now: number, deletedAt: number | null): Promise<void> {
  await db.maps.add(toRow(map, 1, now, deletedAt));
  await db.docs.put(docRow(map));
  await db.cards.bulkAdd(cardRows(map));
}

/**
 * What a save writes, found by comparing the versions (cheap: unchanged cards are the same
 * objects). A card edit writes its card row and the small map row; the doc row only when the
 * structure changed.
 */
export function prepareSave(prev: JourneyMap | null, next: JourneyMap): PreparedSave {
  const { put, remove } = diffCards(prev, next);
  return {
    mapId: next.id,
    put: cardRows(next, put),
    remove: remove.map((id) => [next.id, id]),
    meta: metaRow(next),
    doc: !prev || docChanged(prev, next) ? docRow(next) : null,
  };
}

/**
 * Writes a prepared save in one transaction, if the stored revision is still `baseRevision`;
 * otherwise throws ConflictError and writes nothing. Returns the new revision.
 */
export async function applySave(db: JourneyDB, save: PreparedSave, baseRevision: number, now = Date.now()): Promise<number> {
  if (!db.isOpen()) await db.open();
  return writeSave(db.backendDB(), save, baseRevision, now);
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
  await db.transaction('rw', db.maps, db.docs, db.cards, async () => {
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
  await db.transaction('rw', db.maps, db.docs, db.cards, async () => {
    for (const e of entries) {
      if (await db.maps.get(e.map.id)) {
        skipped++;
        continue;
      }
      await addMap(db, e.map, e.updatedAt, e.deletedAt);
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
