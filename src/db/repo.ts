import * as Y from 'yjs';
import type { BackupEntry } from '../domain/formats/backup';
import type { JourneyMap } from '../domain/types';
import { Binding } from '../sync/binding';
import { writeMap } from '../sync/write';
import { setTitle } from '../domain/edit';
import { ConflictError } from './errors';
import { legacyMap } from './legacy';
import { type JourneyDB, type MapRow, type UpdateRow } from './schema';
import { metaOf } from './library';

export type { PreparedAppend, MapMeta } from './write';

/**
 * Repository functions: the only code that reads and writes the database. What makes, reads or
 * edits a map's Yjs document is here; the library's rows, trash and personas are in library.ts
 * (re-exported, so this module is the whole repository).
 */
export * from './library';

function toRow(map: JourneyMap, revision: number, now: number, deletedAt: number | null = null): MapRow {
  return { id: map.id, ...metaOf(map), revision, updatedAt: now, deletedAt };
}

/** The whole Yjs state of a map, as one update. */
export function stateOf(map: JourneyMap): Uint8Array {
  const doc = new Y.Doc();
  writeMap(doc, null, map, 'create');
  return Y.encodeStateAsUpdate(doc);
}

export type LoadResult =
  | { ok: true; map: JourneyMap; revision: number; deletedAt: number | null }
  | { ok: false; error: 'not-found' | string };

export type DocumentLoad =
  | { ok: true; doc: Y.Doc; row: MapRow; updates: number }
  | { ok: false; error: 'not-found' | string };

/**
 * Reads a map's document: its row and every stored update, in one read transaction, applied to
 * a new Y.Doc with origin "storage". Updates merge in any order, so what several tabs appended
 * all comes back.
 */
export async function loadDocument(db: JourneyDB, id: string): Promise<DocumentLoad> {
  const { row, updates, legacy } = await db.transaction('r', db.maps, db.updates, db.docs, db.cards, async () => {
    const row = await db.maps.get(id);
    const updates = row ? await db.updates.where('mapId').equals(id).toArray() : [];
    // A map whose old rows could not be converted in the upgrade still says why it cannot open.
    const legacy = row && !updates.length ? { doc: await db.docs.get(id), cards: await db.cards.where('mapId').equals(id).toArray() } : null;
    return { row, updates, legacy };
  });
  if (!row) return { ok: false, error: 'not-found' };
  if (legacy) {
    const restored = legacyMap(row, legacy.doc, legacy.cards);
    return restored.ok ? { ok: false, error: 'not converted' } : restored;
  }
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, updates.length === 1 ? updates[0]!.update : Y.mergeUpdates(updates.map((u) => u.update)), 'storage');
  } catch (error) {
    // One damaged row must not cost the others: apply what can be read, one by one.
    let read = 0;
    for (const u of updates) {
      try {
        Y.applyUpdate(doc, u.update, 'storage');
        read++;
      } catch {
        console.error('Journeyprint: skipped an unreadable stored update', u.seq, error);
      }
    }
    if (!read) return { ok: false, error: `stored document unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, doc, row, updates: updates.length };
}

/** Loads a map's snapshot, validated and repaired by the binding. */
export async function loadMap(db: JourneyDB, id: string): Promise<LoadResult> {
  const loaded = await loadDocument(db, id);
  if (!loaded.ok) return loaded;
  const binding = new Binding(loaded.doc);
  const map = binding.snapshot();
  binding.destroy();
  if (!map) return { ok: false, error: 'the stored document is not a valid map' };
  return { ok: true, map, revision: loaded.row.revision, deletedAt: loaded.row.deletedAt };
}

export async function insertMap(db: JourneyDB, map: JourneyMap, now = Date.now()): Promise<number> {
  await db.transaction('rw', db.maps, db.updates, () => addMap(db, map, now, null));
  return 1;
}

async function addMap(db: JourneyDB, map: JourneyMap, now: number, deletedAt: number | null): Promise<void> {
  await db.maps.add(toRow(map, 1, now, deletedAt));
  await db.updates.add({ mapId: map.id, update: stateOf(map) } satisfies UpdateRow);
}

function docOf(rows: readonly UpdateRow[]): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(rows.map((r) => r.update)));
  return doc;
}

/**
 * Edits a stored map that no tab may have open (a rename in the library): the edit becomes an
 * update like any other, so a tab that has the map open merges it instead of losing it.
 */
export async function editStoredMap(db: JourneyDB, id: string, fn: (map: JourneyMap) => JourneyMap, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.maps, db.updates, async () => {
    const row = await db.maps.get(id);
    if (!row) throw new ConflictError(id, 'deleted');
    const doc = docOf(await db.updates.where('mapId').equals(id).toArray());
    const binding = new Binding(doc);
    const before = binding.snapshot();
    if (!before) return;
    const after = fn(before);
    if (after === before) return;
    let update: Uint8Array | null = null;
    doc.on('update', (u: Uint8Array) => (update = u));
    writeMap(doc, before, after, 'library');
    binding.destroy();
    if (update) await db.updates.add({ mapId: id, update });
    await db.maps.put({ ...row, ...metaOf(after), revision: row.revision + 1, updatedAt: now });
  });
}

export function renameMap(db: JourneyDB, id: string, title: string): Promise<void> {
  const t = title.trim();
  return t ? editStoredMap(db, id, (map) => setTitle(map, { title: t })) : Promise.resolve();
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
  await db.transaction('rw', db.maps, db.updates, async () => {
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

