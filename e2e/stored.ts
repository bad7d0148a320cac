import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import type { JourneyMap } from '../src/domain/types';
import { Binding } from '../src/sync/binding';

/**
 * What is stored for a map, read straight from IndexedDB in the page: its library row and its
 * document, rebuilt here (in Node) from the stored Yjs updates by the app's own binding.
 */
export async function storedMap(page: Page, mapId: string): Promise<{ row: Record<string, unknown> | null; map: JourneyMap | null; updates: number }> {
  const { row, updates } = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('journeyprint');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result as T[]);
        r.onerror = () => reject(r.error);
      });
    const maps = await all<Record<string, unknown>>('maps');
    const rows = (await all<{ mapId: string; update: Uint8Array }>('updates')).filter((u) => u.mapId === id);
    db.close();
    return { row: maps.find((m) => m.id === id) ?? null, updates: rows.map((u) => Array.from(u.update)) };
  }, mapId);
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, Uint8Array.from(u));
  return { row, map: new Binding(doc).snapshot(), updates: updates.length };
}

/** The texts of the stored cards of a map. */
export async function storedTexts(page: Page, mapId: string): Promise<string[]> {
  return (await storedMap(page, mapId)).map?.cards.map((c) => c.text) ?? [];
}
