import * as Y from 'yjs';
import type { Sql } from './sql.ts';

/**
 * A document is its compacted Yjs state plus a log of the updates received since. Every update
 * is appended to the log BEFORE the server applies and acknowledges it, so an acknowledged edit
 * survives even a killed process; the debounced store folds the log into the state.
 *
 * Storing merges (old state + log + the live document) instead of overwriting, so stores are
 * commutative: two instances storing one room in any order, or a store racing an append, can
 * never drop an update.
 */
export interface DocumentStore {
  append(name: string, update: Uint8Array): Promise<void>;
  /** The stored state with the log applied, or null for a document never stored. */
  fetch(name: string): Promise<Uint8Array | null>;
  /** Folds `state` and the log into the stored state; returns the stored size in bytes. */
  store(name: string, state: Uint8Array): Promise<number>;
  remove(name: string): Promise<void>;
}

interface StateRow { state: Uint8Array }
interface LogRow { id: string | number; data: Uint8Array }

const nonEmpty = (u: Uint8Array | undefined): u is Uint8Array => u !== undefined && u.byteLength > 0;

export function documentStore(sql: Sql): DocumentStore {
  return {
    async append(name, update) {
      await sql.query('INSERT INTO jp_updates (name, data) VALUES ($1, $2)', [name, update]);
    },

    async fetch(name) {
      const [row] = await sql.query<StateRow>('SELECT state FROM jp_documents WHERE name = $1', [name]);
      const log = await sql.query<LogRow>('SELECT id, data FROM jp_updates WHERE name = $1 ORDER BY id', [name]);
      const parts = [row?.state, ...log.map((l) => l.data)].filter(nonEmpty);
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0]! : compact(parts);
    },

    store(name, state) {
      return sql.transaction(async (tx) => {
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
 * Applies every part to a fresh document and encodes it: deleted content is garbage-collected
 * (merging the updates alone would keep it forever). A part Yjs refuses (logged before Hocuspocus
 * failed to apply it) is left out rather than making the whole room unloadable.
 */
function compact(parts: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  for (const part of parts) {
    try {
      Y.applyUpdate(doc, part);
    } catch {
      console.error('[store] skipped an update that cannot be applied');
    }
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
