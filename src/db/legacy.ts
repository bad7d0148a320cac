import * as Y from 'yjs';
import { restoreMap, type RestoreResult } from '../domain/migrate';
import { canonical } from '../domain/query';
import { writeMap } from '../sync/write';
import type { CardRow, DocRow, MapRow } from './schema';

/** A map as schema versions 1–4 stored it (row, structure row, card rows), through the import boundary. */
export function legacyMap(row: MapRow, doc: DocRow | undefined, cards: readonly CardRow[]): RestoreResult {
  const { revision: _r, updatedAt: _u, deletedAt: _d, cardCount: _c, ...meta } = row;
  const { mapId: _m, ...structure } = doc ?? { mapId: row.id };
  const restored = restoreMap({ ...structure, ...meta, cards: cards.map(({ mapId: _mm, ...c }) => c) });
  return restored.ok ? { ...restored, map: canonical(restored.map) } : restored;
}

/** The Yjs state of a legacy map, or null when it does not pass the boundary (its rows are kept). */
export function legacyState(row: MapRow, doc: DocRow | undefined, cards: readonly CardRow[]): Uint8Array | null {
  const restored = legacyMap(row, doc, cards);
  if (!restored.ok) return null;
  const ydoc = new Y.Doc();
  writeMap(ydoc, null, restored.map, 'migrate');
  return Y.encodeStateAsUpdate(ydoc);
}
