import { create } from 'zustand';
import type { SaveStatus } from '../session/saver';
import { currentSession } from './docState';

/**
 * The save state and the open map's saver, for the app shell (exit flush, schema upgrade in
 * another tab, the update prompt). No Yjs here: main.tsx and the update coordinator import this
 * on a first visit, and the session code loads only with the board (bench: initial_js_gzip_kb).
 * Synchronous on purpose: the pagehide flush must not wait for an import.
 */

export type { SaveState, SaveStatus } from '../session/saver';

/** The save state of the open map, as the toolbar and the banner show it. */
export const useSaveStatus = create<SaveStatus>(() => ({ state: 'saved', detail: '', lastSavedAt: null }));

/** The open map's saver; null when no map is open (the library writes at once). */
export function currentSaver() {
  return currentSession()?.saver ?? null;
}
