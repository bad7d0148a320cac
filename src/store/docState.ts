import { create } from 'zustand';
import type { JourneyMap } from '../domain/types';
import type { DocumentSession } from '../session/DocumentSession';

/**
 * What the views read: the open map's snapshot (rebuilt by its session's binding whenever its
 * document changes, whoever changed it) and whether there is something to undo or redo. The
 * document, its history and its saving belong to the session; selection, editing and viewport
 * live in the UI store and are never undoable (DESIGN.md §3.3).
 *
 * Kept apart from docStore.ts, which needs Yjs: the library and the app shell read this
 * (the error screen's backup of the open map, the save state on exit) without fetching Yjs on
 * a first visit (bench: initial_js_gzip_kb).
 */
export interface DocState {
  doc: JourneyMap | null;
  session: DocumentSession | null;
  canUndo: boolean;
  canRedo: boolean;
}

export const useDocStore = create<DocState>(() => ({ doc: null, session: null, canUndo: false, canRedo: false }));

export function getDoc(): JourneyMap | null {
  return useDocStore.getState().doc;
}

export function currentSession(): DocumentSession | null {
  return useDocStore.getState().session;
}
