import * as Y from 'yjs';
import { ConflictError } from './errors';
import type { MapRow, UpdateRow } from './schema';

/** The library's view of a map, derived from its document on every save. */
export type MapMeta = Pick<MapRow, 'title' | 'kind' | 'createdAt' | 'cardCount'>;

/** One save, ready to write: a Yjs update (one edit or several merged) and the derived row fields. */
export interface PreparedAppend {
  mapId: string;
  update: Uint8Array;
  meta: MapMeta;
}

/**
 * Appends a document update and refreshes the map's row, in one IndexedDB transaction. Refused
 * (ConflictError "deleted", nothing written) when the map is gone or in the trash.
 *
 * Plain IndexedDB, not Dexie: this is the one write on the path of every keystroke. Nothing is
 * checked against a revision any more: updates from several tabs merge in any order, so an
 * append never overwrites anyone's work.
 */
export function writeUpdate(idb: IDBDatabase, save: PreparedAppend, now = Date.now()): Promise<void> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = idb.transaction(['maps', 'updates'], 'readwrite');
    } catch (error) {
      reject(error);
      return;
    }
    let failure: unknown = null;
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('The save was aborted.', 'AbortError'));
    try {
      const maps = tx.objectStore('maps');
      const check = maps.get(save.mapId);
      check.onsuccess = () => {
        const row = check.result as MapRow | undefined;
        if (!row || row.deletedAt !== null) {
          failure = new ConflictError(save.mapId, 'deleted');
          tx.abort();
          return;
        }
        try {
          maps.put({ ...row, ...save.meta, revision: row.revision + 1, updatedAt: now } satisfies MapRow);
        } catch (error) {
          failure = error;
          tx.abort();
        }
      };
      tx.objectStore('updates').add({ mapId: save.mapId, update: save.update } satisfies UpdateRow);
    } catch (error) {
      // A request that could not even be made (a full disk): write none of it.
      failure = error;
      tx.abort();
    }
  });
}

/** Opens the database for writing at the version the app opened it with; never creates or upgrades it. */
export function openForWriting(name: string, version: number, onClose?: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading the schema must not wait for this connection.
      db.onversionchange = () => {
        db.close();
        onClose?.();
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error);
  });
}

/**
 * Folds a map's stored updates into one. The fold is read in one transaction and computed
 * between the two, so no write waits while a large document is rebuilt; the second deletes
 * exactly the rows that were folded and adds the result. What another tab appends meanwhile
 * stays beside it, and a row another tab folded first is still in its fold: Yjs updates merge
 * in any order and apply once, so nothing is lost either way. Resolves with the rows folded.
 */
export async function compactUpdates(idb: IDBDatabase, mapId: string): Promise<number> {
  const rows = await request<UpdateRow[]>(idb, 'readonly', (store) => store.index('mapId').getAll(mapId));
  if (rows.length < 2) return 0;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(rows.map((r) => r.update)));
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  await request(idb, 'readwrite', (store) => {
    for (const r of rows) store.delete(r.seq!);
    return store.add({ mapId, update: merged } satisfies UpdateRow);
  });
  return rows.length;
}

/** One request on the `updates` store, resolved when its transaction completes. */
function request<T>(idb: IDBDatabase, mode: IDBTransactionMode, make: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    let result: T;
    try {
      tx = idb.transaction('updates', mode);
      const req = make(tx.objectStore('updates'));
      req.onsuccess = () => (result = req.result as T);
    } catch (error) {
      reject(error);
      return;
    }
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(tx.error ?? new DOMException('The compaction was aborted.', 'AbortError'));
  });
}
