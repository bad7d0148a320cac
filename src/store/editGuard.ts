import type { JourneyMap } from '../domain/types';

/**
 * Rules that may refuse an edit after it is computed and before it reaches the document (the
 * structure lock of a workshop). A guard returns false to refuse, and says why itself. One
 * choke point for every edit, whatever control or key asked for it.
 */
export type EditGuard = (prev: JourneyMap, next: JourneyMap) => boolean;

const guards = new Set<EditGuard>();

export function addEditGuard(guard: EditGuard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** `fn`, refused (the map unchanged) when a guard says no. */
export function guarded<A>(fn: (map: JourneyMap, args: A) => JourneyMap): (map: JourneyMap, args: A) => JourneyMap {
  if (guards.size === 0) return fn;
  return (map, args) => {
    const next = fn(map, args);
    if (next === map) return map;
    for (const g of guards) if (!g(map, next)) return map;
    return next;
  };
}

/** Rules that may refuse an undo or redo (the step it would take back is the caller's to inspect). */
export type HistoryGuard = (kind: 'undo' | 'redo') => boolean;

const historyGuards = new Set<HistoryGuard>();

export function addHistoryGuard(guard: HistoryGuard): () => void {
  historyGuards.add(guard);
  return () => historyGuards.delete(guard);
}

export function historyAllowed(kind: 'undo' | 'redo'): boolean {
  for (const g of historyGuards) if (!g(kind)) return false;
  return true;
}
