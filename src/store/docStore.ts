import * as Y from 'yjs';
import type { JourneyMap } from '../domain/types';
import { DocumentSession, STORAGE_ORIGIN } from '../session/DocumentSession';
import { writeMap } from '../sync/write';
import { currentSession, useDocStore } from './docState';
import { guarded, historyAllowed } from './editGuard';

export { currentSession, getDoc, useDocStore, type DocState } from './docState';

/**
 * Applies a pure edit function to the open document. Returns false when the edit changed
 * nothing (no undo step, nothing to save).
 */
export function applyEdit<A>(fn: (map: JourneyMap, args: A) => JourneyMap, args: A): boolean {
  return currentSession()?.applyEdit(guarded(fn), args) ?? false;
}

/** When the latest edit was applied (performance.now), for measuring edit-to-disk time. */
export function lastEditTime(): number {
  return currentSession()?.lastEditTime ?? 0;
}

let unbind: (() => void) | null = null;

/** Shows `session` (or nothing): the views follow its snapshots and its undo history. */
export function activate(session: DocumentSession | null): void {
  unbind?.();
  unbind = null;
  if (!session) {
    useDocStore.setState({ doc: null, session: null, canUndo: false, canRedo: false });
    return;
  }
  const history = () => useDocStore.setState({ canUndo: session.undoManager.canUndo(), canRedo: session.undoManager.canRedo() });
  const stopDoc = session.subscribe((doc) => {
    if (useDocStore.getState().session === session) useDocStore.setState({ doc });
  });
  const um = session.undoManager;
  um.on('stack-item-added', history);
  um.on('stack-item-popped', history);
  um.on('stack-cleared', history);
  unbind = () => {
    stopDoc();
    um.off('stack-item-added', history);
    um.off('stack-item-popped', history);
    um.off('stack-cleared', history);
  };
  useDocStore.setState({ doc: session.map, session, canUndo: um.canUndo(), canRedo: um.canRedo() });
}

/** Shows a document kept only in memory, with no undo step (tests, and maps not yet stored). */
export function resetDoc(map: JourneyMap | null): void {
  const previous = currentSession();
  if (previous && !previous.saver) void previous.close();
  if (!map) return activate(null);
  const doc = new Y.Doc();
  writeMap(doc, null, map, STORAGE_ORIGIN);
  activate(new DocumentSession(map.id, doc));
}

export function undo(): void {
  if (historyAllowed('undo')) currentSession()?.undo();
}

export function redo(): void {
  if (historyAllowed('redo')) currentSession()?.redo();
}
