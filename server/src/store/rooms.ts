import type { Role } from '../../../src/sync/protocol.ts';
import type { Sql } from './sql.ts';

/** A workshop room as stored: secrets only as hashes, so a leaked database opens no room. */
export interface RoomRecord {
  id: string;
  hashes: Record<Role, string>;
  /** Hashes of secrets replaced by rotations, so an old link says "rotated", not "wrong". */
  retired: string[];
  createdAt: number;
  rotatedAt: number | null;
  stoppedAt: number | null;
}

export interface RoomStore {
  create(room: Pick<RoomRecord, 'id' | 'hashes' | 'createdAt'>): Promise<void>;
  get(id: string): Promise<RoomRecord | null>;
  rotate(id: string, hashes: Record<Role, string>, at: number): Promise<void>;
  stop(id: string, at: number): Promise<void>;
}

interface RoomRow {
  id: string;
  facilitator_hash: string;
  editor_hash: string;
  viewer_hash: string;
  retired_hashes: string;
  created_at: string | number;
  rotated_at: string | number | null;
  stopped_at: string | number | null;
}

/** Old links remembered per room: enough for a workshop's rotations, bounded for the row. */
const MAX_RETIRED = 30;

const num = (v: string | number | null) => (v === null ? null : Number(v));

export function roomStore(sql: Sql): RoomStore {
  return {
    async create({ id, hashes, createdAt }) {
      await sql.query(
        'INSERT INTO jp_rooms (id, facilitator_hash, editor_hash, viewer_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
        [id, hashes.facilitator, hashes.editor, hashes.viewer, createdAt],
      );
    },

    async get(id) {
      const [row] = await sql.query<RoomRow>('SELECT * FROM jp_rooms WHERE id = $1', [id]);
      if (!row) return null;
      return {
        id: row.id,
        hashes: { facilitator: row.facilitator_hash, editor: row.editor_hash, viewer: row.viewer_hash },
        retired: row.retired_hashes.split(' ').filter(Boolean),
        createdAt: Number(row.created_at),
        rotatedAt: num(row.rotated_at),
        stoppedAt: num(row.stopped_at),
      };
    },

    async rotate(id, hashes, at) {
      await sql.transaction(async (tx) => {
        const [row] = await tx.query<RoomRow>('SELECT * FROM jp_rooms WHERE id = $1 FOR UPDATE', [id]);
        if (!row) return;
        const retired = [row.facilitator_hash, row.editor_hash, row.viewer_hash, ...row.retired_hashes.split(' ').filter(Boolean)].slice(0, MAX_RETIRED);
        await tx.query(
          'UPDATE jp_rooms SET facilitator_hash = $2, editor_hash = $3, viewer_hash = $4, retired_hashes = $5, rotated_at = $6 WHERE id = $1',
          [id, hashes.facilitator, hashes.editor, hashes.viewer, retired.join(' '), at],
        );
      });
    },

    async stop(id, at) {
      await sql.query('UPDATE jp_rooms SET stopped_at = $2 WHERE id = $1 AND stopped_at IS NULL', [id, at]);
    },
  };
}
