import { create } from 'zustand';
import { temporal } from 'zundo';
import type { JourneyMap } from '../domain/types';

/**
 * The open document and its undo history. Only the document is in history; selection, editing
 * and viewport live in the UI store (DESIGN.md §3.3). Each set of a new document is one undo step,
 * so a drag commits once, at its end.
 */
export interface DocState {
  doc: JourneyMap | null;
}

export const useDocStore = create<DocState>()(
  temporal(() => ({ doc: null as JourneyMap | null }), {
    partialize: (s) => ({ doc: s.doc }),
    equality: (a, b) => a.doc === b.doc,
    limit: 300,
  }),
);

export function getDoc(): JourneyMap | null {
  return useDocStore.getState().doc;
}

/**
 * Applies a pure edit function to the open document. Returns false when the edit changed
 * nothing (no undo step, nothing to save).
 */
export function applyEdit<A>(fn: (map: JourneyMap, args: A) => JourneyMap, args: A): boolean {
  const doc = getDoc();
  if (!doc) return false;
  const next = fn(doc, args);
  if (next === doc) return false;
  lastEditAt = performance.now();
  useDocStore.setState({ doc: next });
  return true;
}

let lastEditAt = 0;
/** When the latest edit was applied (performance.now), for measuring edit-to-disk time. */
export function lastEditTime(): number {
  return lastEditAt;
}

/** Replaces the document without an undo step (opening a map). */
export function resetDoc(doc: JourneyMap | null): void {
  useDocStore.setState({ doc });
  useDocStore.temporal.getState().clear();
}

export function undo(): void {
  useDocStore.temporal.getState().undo();
}

export function redo(): void {
  useDocStore.temporal.getState().redo();
}
