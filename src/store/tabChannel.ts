/**
 * Library-level news between tabs. Document edits travel between tabs as Yjs updates on each
 * map's own channel (src/session/tabLink.ts); here a tab says that a map was changed outside any
 * open board (a rename in the library) or deleted. Announcing needs no Yjs, so the library can
 * do it without loading the document code (tabSync.ts does the listening).
 */
export type TabMessage = { type: 'changed' | 'deleted'; mapId: string; tab: string };

export const TAB = typeof crypto !== 'undefined' ? crypto.randomUUID() : String(Math.random());
export const channel: BroadcastChannel | null = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('journeyprint') : null;

export function announce(type: TabMessage['type'], mapId: string): void {
  channel?.postMessage({ type, mapId, tab: TAB } satisfies TabMessage);
}
