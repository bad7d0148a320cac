import { loadDocument } from '../db/repo';
import type { JourneyDB } from '../db/schema';
import { directWriter, type Writer } from '../db/writer';
import * as Y from 'yjs';
import { DocumentSession } from '../session/DocumentSession';
import { clearStash, readStash } from '../session/exitStash';

/** The origin of updates recovered from an exit stash: saved, never undone. */
const RECOVERED_ORIGIN = 'recovered';
import { activate, currentSession } from './docStore';
import { currentSaver, useSaveStatus } from './saveStatus';

export { currentSaver, useSaveStatus, type SaveState, type SaveStatus } from './saveStatus';

/** Stored updates are folded into one after this many appends by a session… */
export const COMPACT_AFTER = 100;
/** …and when a map is opened with more than this many. */
export const COMPACT_ON_OPEN = 20;

export type OpenResult = { ok: true; session: DocumentSession } | { ok: false; error: 'not-found' | 'superseded' | string };

let generation = 0;

/**
 * Opens a stored map for editing: reads its document, starts a session that saves through
 * `writer` (the app passes its worker; tests write in-thread) and merges with other tabs, and
 * shows it. An open overtaken by another (a quick switch of maps) is dropped unseen.
 */
export async function openSession(db: JourneyDB, mapId: string, writer: Writer = directWriter(db), options: { tabs?: boolean } = {}): Promise<OpenResult> {
  const mine = ++generation;
  await closeCurrent();
  const loaded = await loadDocument(db, mapId);
  if (mine !== generation) return { ok: false, error: 'superseded' };
  if (!loaded.ok) return loaded;
  const session: DocumentSession = new DocumentSession(mapId, loaded.doc, {
    writer,
    tabs: options.tabs ?? true,
    // Only the session on screen speaks for the save state.
    onStatus: (status) => {
      if (currentSession() === session) useSaveStatus.setState(status);
    },
    onSaved: (s) => {
      if (s.saver && s.saver.appended >= COMPACT_AFTER) {
        s.saver.appended = 0;
        void writer.compact(mapId).catch(() => {}); // a later save tries again
      }
    },
  });
  if (!session.map) {
    void session.close();
    return { ok: false, error: 'the stored document is not a valid map' };
  }
  useSaveStatus.setState({ state: 'saved', detail: '', lastSavedAt: null });
  recoverStash(session);
  activate(session);
  writer.warm();
  if (loaded.row.deletedAt !== null) session.saver?.stop('deleted');
  // A log left long by earlier sessions (or other tabs) is folded once the board is up.
  if (loaded.updates > COMPACT_ON_OPEN) setTimeout(() => void writer.compact(mapId).catch(() => {}), 1000);
  return { ok: true, session };
}

/**
 * Merges what a page left unsaved on its way out (exitStash.ts) into the just-opened document:
 * it is saved like an edit of this session (but not undoable), and the stash goes once on disk.
 */
function recoverStash(session: DocumentSession): void {
  const stash = readStash(session.mapId);
  if (!stash) return;
  try {
    Y.applyUpdate(session.doc, stash, RECOVERED_ORIGIN);
  } catch {
    clearStash(session.mapId); // not applicable to this document: nothing to recover
    return;
  }
  // Cleared only once nothing is left unsaved: a failed write (a full disk) keeps the stash.
  void session.saver?.flush().then(() => {
    if (!session.saver?.isDirty) clearStash(session.mapId);
  });
}

/** Flushes and closes the open document. */
export async function closeSession(): Promise<void> {
  generation++; // an open still under way is dropped
  await closeCurrent();
}

async function closeCurrent(): Promise<void> {
  const s = currentSession();
  if (!s) return;
  activate(null);
  await s.close();
}

/** Retry after an error (the user freed space, or a transient failure passed). */
export function retrySave(): Promise<void> {
  return currentSaver()?.retry() ?? Promise.resolve();
}
