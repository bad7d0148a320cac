import * as Y from 'yjs';
import type { Sql } from './sql.ts';

/**
 * A document is its compacted Yjs state plus a log of the updates received since. Every update
 * is appended to the log BEFORE the server acknowledges it, so an acknowledged edit survives even
 * a killed process; the debounced store folds the log into the state.
 *
 * Two ways to store:
 * - `upTo` given (one instance owns the room: no Redis): the live document already holds the stored
 *   state and every logged update up to `upTo` (the caller applied them before it encoded
 *   `state`), so the state is overwritten and those log rows deleted: no Yjs work at all here.
 * - `upTo` null (several instances share the room through Redis): another instance may have
 *   logged or stored updates this one has not applied yet, so the stored state, the whole log and
 *   `state` are merged. Merging makes stores commutative: instances can store in any order.
 */
export interface DocumentStore {
  /** Appends updates (of any documents) in one statement; resolves to the highest row id written. */
  appendMany(entries: [name: string, update: Uint8Array][]): Promise<number>;
  /** The stored state with the log applied, or null for a document never stored. */
  fetch(name: string): Promise<Uint8Array | null>;
  /**
   * The stored state and the log's updates, in order, for the loading server to apply one by one:
   * cheaper than merging them here first (a merge costs about what applying costs, and the
   * server would still apply the result).
   */
  fetchParts(name: string): Promise<Uint8Array[]>;
  /** Writes `state` (see above); returns the stored size in bytes. */
  store(name: string, state: Uint8Array, upTo: number | null): Promise<number>;
  remove(name: string): Promise<void>;
}

interface StateRow { state: Uint8Array }
interface LogRow { id: string | number; data: Uint8Array }

const nonEmpty = (u: Uint8Array | undefined): u is Uint8Array => u !== undefined && u.byteLength > 0;

export function documentStore(sql: Sql): DocumentStore {
  const fetchParts = async (name: string) => {
    const [row] = await sql.query<StateRow>('SELECT state FROM jp_documents WHERE name = $1', [name]);
    const log = await sql.query<LogRow>('SELECT id, data FROM jp_updates WHERE name = $1 ORDER BY id', [name]);
    return [row?.state, ...log.map((l) => l.data)].filter(nonEmpty);
  };
  return {
    async appendMany(entries) {
      if (entries.length === 0) return 0;
      // One statement for the whole batch: what costs is the round trip, not the rows.
      const values = entries.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
      const rows = await sql.query<{ id: string | number }>(`INSERT INTO jp_updates (name, data) VALUES ${values} RETURNING id`, entries.flat());
      return Math.max(...rows.map((r) => Number(r.id)));
    },

    async fetch(name) {
      const parts = await fetchParts(name);
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0]! : compact(parts);
    },

    fetchParts,

    store(name, state, upTo) {
      return sql.transaction(async (tx) => {
        if (upTo !== null) {
          await tx.query(
            'INSERT INTO jp_documents (name, state, updated_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at',
            [name, state, Date.now()],
          );
          await tx.query('DELETE FROM jp_updates WHERE name = $1 AND id <= $2', [name, upTo]);
          return state.byteLength;
        }
        await tx.query("INSERT INTO jp_documents (name, state, updated_at) VALUES ($1, '\\x', 0) ON CONFLICT (name) DO NOTHING", [name]);
        const [row] = await tx.query<StateRow>('SELECT state FROM jp_documents WHERE name = $1 FOR UPDATE', [name]);
        const log = await tx.query<LogRow>('SELECT id, data FROM jp_updates WHERE name = $1 ORDER BY id', [name]);
        const merged = compact([row?.state, ...log.map((l) => l.data), state].filter(nonEmpty));
        await tx.query('UPDATE jp_documents SET state = $2, updated_at = $3 WHERE name = $1', [name, merged, Date.now()]);
        if (log.length > 0) await tx.query('DELETE FROM jp_updates WHERE name = $1 AND id <= $2', [name, log[log.length - 1]!.id]);
        return merged.byteLength;
      });
    },

    async remove(name) {
      await sql.transaction(async (tx) => {
        await tx.query('DELETE FROM jp_updates WHERE name = $1', [name]);
        await tx.query('DELETE FROM jp_documents WHERE name = $1', [name]);
      });
    },
  };
}

/**
 * Applies every part to a document and encodes it: deleted content is garbage-collected
 * (merging the updates alone would keep it forever). A part Yjs refuses (logged before Hocuspocus
 * failed to apply it) is left out rather than making the whole room unloadable.
 */
function compact(parts: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  applyParts(doc, parts);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** Applies stored parts in order; a part Yjs refuses is skipped (see `compact`). */
export function applyParts(doc: Y.Doc, parts: Uint8Array[]): void {
  doc.transact(() => {
    for (const part of parts) {
      try {
        Y.applyUpdate(doc, part);
      } catch {
        console.error('[store] skipped an update that cannot be applied');
      }
    }
  });
}
