import Dexie, { type Table } from 'dexie';
import type { Card, JourneyMap, LibraryPersona } from '../domain/types';

/** A map's row: the document without its cards, plus what belongs to storage, not to history. */
export interface MapRow extends Omit<JourneyMap, 'cards'> {
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

/** One row per card, so an edit writes one small row, not the whole document. */
export interface CardRow extends Card {
  mapId: string;
}

export const DB_NAME = 'journeyprint';

export class JourneyDB extends Dexie {
  maps!: Table<MapRow, string>;
  cards!: Table<CardRow, [string, string]>;
  exports!: Table<ExportRow, string>;
  personas!: Table<LibraryPersona, string>;

  constructor(name = DB_NAME) {
    super(name);
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
  }
}
