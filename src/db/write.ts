import { ConflictError } from './errors';
import type { CardRow, DocRow, MapRow } from './schema';

/** One save, ready to write: changed card rows, removed card keys, the map row and, if it changed, the doc row. */
export interface PreparedSave {
  mapId: string;
  put: CardRow[];
  remove: [string, string][];
  meta: Omit<MapRow, 'revision' | 'updatedAt'>;
  doc: DocRow | null;
}

/**
 * Writes a prepared save in one IndexedDB transaction if the stored revision is still
 * `baseRevision`; otherwise aborts it, so nothing is written, and rejects with ConflictError.
 *
 * Plain IndexedDB, not Dexie: this is the one write on the path of every keystroke, and the
 * requests are issued together. The revision is read first and the writes queued behind it in the
 * same transaction; a stale revision aborts the transaction before it can commit.
 */
export function writeSave(idb: IDBDatabase, save: PreparedSave, baseRevision: number, now = Date.now()): Promise<number> {
  return new Promise((resolve, reject) => {
    const stores = save.doc ? ['maps', 'cards', 'docs'] : ['maps', 'cards'];
    let tx: IDBTransaction;
    try {
      tx = idb.transaction(stores, 'readwrite');
    } catch (error) {
      reject(error);
      return;
    }
    let failure: unknown = null;
    tx.oncomplete = () => resolve(baseRevision + 1);
    tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('The save was aborted.', 'AbortError'));
    try {
      const maps = tx.objectStore('maps');
      const check = maps.get(save.mapId);
      check.onsuccess = () => {
        const row = check.result as MapRow | undefined;
        if (!row || row.deletedAt !== null) failure = new ConflictError(save.mapId, 'deleted');
        else if (row.revision !== baseRevision) failure = new ConflictError(save.mapId, 'newer');
        if (failure) tx.abort();
      };
      const cards = tx.objectStore('cards');
      for (const row of save.put) cards.put(row);
      for (const key of save.remove) cards.delete(key);
      if (save.doc) tx.objectStore('docs').put(save.doc);
      maps.put({ ...save.meta, revision: baseRevision + 1, updatedAt: now } satisfies MapRow);
    } catch (error) {
      // A request that could not even be made (an uncloneable value, a full disk): write none of it.
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
