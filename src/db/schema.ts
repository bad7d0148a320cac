import Dexie, { RangeSet, type ObservabilitySet, type Table } from 'dexie';
import type { Card, JourneyMap, LibraryPersona } from '../domain/types';

/** The fields of a map kept in its small row: what the library lists, and the revision. */
const META_KEYS = ['id', 'title', 'kind', 'createdAt'] as const;
type MetaKey = (typeof META_KEYS)[number];

/**
 * A map's row: a few hundred bytes (title, kind, revision…), so the revision check and bump of
 * every save read and write almost nothing however large the map is.
 */
export interface MapRow extends Pick<JourneyMap, MetaKey> {
  /** Bumped by every write; a write based on an older revision is refused (stale tab). */
  revision: number;
  updatedAt: number;
  /** Set when the map is in the trash. */
  deletedAt: number | null;
  cardCount: number;
}

/** When a map was last exported, kept apart from the map so exporting never touches its revision. */
export interface ExportRow {
  mapId: string;
  at: number;
  format: string;
}

/**
 * The rest of the document apart from its cards (persona, stages and steps, lanes, connections),
 * written only when one of those changed.
 */
export interface DocRow extends Omit<JourneyMap, MetaKey | 'cards'> {
  mapId: string;
}

/** One row per card (schema 1–4; since 5 only for a map whose document could not be converted). */
export interface CardRow extends Card {
  mapId: string;
}

/**
 * Since schema 5 a map's document is its Yjs state: a list of updates, each an edit (or a
 * compacted run of them). The key is IndexedDB's own counter, so two tabs appending at once can
 * never take the same key and overwrite each other; Yjs updates merge in any order.
 */
export interface UpdateRow {
  seq?: number;
  mapId: string;
  update: Uint8Array;
}

/**
 * An image used by cards (photos and screenshots of physical evidence), stored once however many
 * cards show it: the key is the SHA-256 of its bytes (hex), so pasting the same photo twice
 * keeps one copy. Freed when the last card that uses it is deleted.
 */
export interface BlobRow {
  hash: string;
  blob: Blob;
  type: string;
  width: number;
  height: number;
  /** Bytes of `blob`, kept beside it so totals never read the blobs themselves. */
  size: number;
  createdAt: number;
}

/**
 * How this browser takes part in a map's workshop room: the room, the secret from the link and
 * the role it was granted. Kept apart from the document (never exported, never synced) so a
 * shared map's JSON or backup never carries a way into the room.
 */
export interface RoomRow {
  mapId: string;
  roomId: string;
  secret: string;
  role: 'facilitator' | 'editor' | 'viewer';
  /** The sync server's origin (e.g. http://localhost:4173). */
  origin: string;
  joinedAt: number;
  /**
   * Only on the facilitator's browser: the editor and viewer secrets, so the Share dialog can show
   * those links again (the server answers secrets only when a room is made or its link rotated).
   */
  links?: { editor: string; viewer: string };
}

export const DB_NAME = 'journeyprint';

export class JourneyDB extends Dexie {
  maps!: Table<MapRow, string>;
  docs!: Table<DocRow, string>;
  cards!: Table<CardRow, [string, string]>;
  exports!: Table<ExportRow, string>;
  personas!: Table<LibraryPersona, string>;
  updates!: Table<UpdateRow, number>;
  blobs!: Table<BlobRow, string>;
  rooms!: Table<RoomRow, string>;

  constructor(name = DB_NAME) {
    // No query cache: saves are written with plain IndexedDB (write.ts), past Dexie's optimistic
    // cache, so live queries read the database itself; announceWrite tells them when to.
    super(name, { cache: 'disabled' });
    // Each schema change adds a version here with an upgrade function; never edit an old one.
    this.version(1).stores({
      maps: 'id, updatedAt, deletedAt',
      cards: '[mapId+id], mapId',
    });
    // 2: remembers the last export of each map (a new table; existing rows are unchanged).
    this.version(2).stores({
      maps: 'id, updatedAt, deletedAt',
      cards: '[mapId+id], mapId',
      exports: 'mapId',
    });
    // 3: a persona library shared across maps (a new table).
    this.version(3).stores({
      maps: 'id, updatedAt, deletedAt',
      cards: '[mapId+id], mapId',
      exports: 'mapId',
      personas: 'id, updatedAt',
    });
    // 4: the document's structure moves out of the map row into its own row, so a card edit
    // reads and writes a small row instead of every step, lane and connection.
    this.version(4)
      .stores({
        maps: 'id, updatedAt, deletedAt',
        cards: '[mapId+id], mapId',
        exports: 'mapId',
        personas: 'id, updatedAt',
        docs: 'mapId',
      })
      .upgrade(async (tx) => {
        const rows = await tx.table('maps').toArray();
        for (const row of rows as Record<string, unknown>[]) {
          const { meta, doc } = splitRow(row);
          await tx.table('docs').put(doc);
          await tx.table('maps').put(meta);
        }
      });
    // 5: each map's document becomes a Yjs state in the update log (DESIGN.md §4), converted
    // once here; a map that cannot be converted keeps its old rows and still opens (or says why).
    this.version(5)
      .stores({
        maps: 'id, updatedAt, deletedAt',
        cards: '[mapId+id], mapId',
        exports: 'mapId',
        personas: 'id, updatedAt',
        docs: 'mapId',
        updates: '++seq, mapId',
      })
      .upgrade(async (tx) => {
        // The converter needs Yjs, which a first visit (no old rows) should not fetch; waitFor
        // keeps the upgrade transaction alive while it loads.
        const { legacyState } = await Dexie.waitFor(import('./legacy'));
        const rows = (await tx.table('maps').toArray()) as MapRow[];
        for (const row of rows) {
          const doc = (await tx.table('docs').get(row.id)) as DocRow | undefined;
          const cards = (await tx.table('cards').where('mapId').equals(row.id).toArray()) as CardRow[];
          const state = legacyState(row, doc, cards);
          if (!state) continue;
          await tx.table('updates').add({ mapId: row.id, update: state } satisfies UpdateRow);
          await tx.table('cards').where('mapId').equals(row.id).delete();
          await tx.table('docs').delete(row.id);
        }
      });
    // 6: images on cards (stored once by their hash) and workshop room memberships (new tables).
    this.version(6).stores({
      maps: 'id, updatedAt, deletedAt',
      cards: '[mapId+id], mapId',
      exports: 'mapId',
      personas: 'id, updatedAt',
      docs: 'mapId',
      updates: '++seq, mapId',
      blobs: 'hash',
      rooms: 'mapId, roomId',
    });
  }
}

const ROW_KEYS: ReadonlySet<string> = new Set([...META_KEYS, 'revision', 'updatedAt', 'deletedAt', 'cardCount']);

/** Splits a version 1–3 map row (the whole document but its cards) into a v4 map row and doc row. */
function splitRow(row: Record<string, unknown>): { meta: Record<string, unknown>; doc: Record<string, unknown> } {
  const meta: Record<string, unknown> = {};
  const doc: Record<string, unknown> = { mapId: row.id };
  for (const [k, v] of Object.entries(row)) (ROW_KEYS.has(k) ? meta : doc)[k] = v;
  return { meta, doc };
}

/**
 * Tells live queries, in this tab and (through Dexie's channel) in the others, that a save
 * changed the map tables. Needed because saves bypass Dexie, which would otherwise notice.
 */
export function announceWrite(db: JourneyDB): void {
  const everything = (): RangeSet => new RangeSet(-Infinity, [[[]]]);
  const parts: ObservabilitySet = {};
  for (const table of [db.maps, db.updates]) {
    const base = `idb://${db.name}/${table.name}/`;
    parts[base] = everything();
    parts[`${base}:dels`] = everything();
    for (const index of table.schema.indexes) if (index.name) parts[base + index.name] = everything();
  }
  Dexie.on('storagemutated').fire(parts);
}
