import * as Y from 'yjs';
import type { JourneyMap } from '../domain/types';
import { Binding } from '../sync/binding';
import { writeMap } from '../sync/write';
import { loadDocument, metaOf } from './repo';
import type { JourneyDB } from './schema';
import type { PreparedAppend } from './write';

/**
 * For tests: what a tab that opened the stored map would append for one edit (its own copy of
 * the document, the edit's update and the row fields).
 */
export async function editOf(db: JourneyDB, id: string, fn: (map: JourneyMap) => JourneyMap): Promise<PreparedAppend> {
  const loaded = await loadDocument(db, id);
  if (!loaded.ok) throw new Error(loaded.error);
  const binding = new Binding(loaded.doc);
  const before = binding.snapshot()!;
  const after = fn(before);
  let update: Uint8Array = new Uint8Array();
  loaded.doc.on('update', (u: Uint8Array) => (update = u));
  writeMap(loaded.doc, before, after, 'test');
  binding.destroy();
  return { mapId: id, update, meta: metaOf(after) };
}

export function applyAll(doc: Y.Doc, updates: readonly Uint8Array[]): Y.Doc {
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}
