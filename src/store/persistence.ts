import { create } from 'zustand';
import { isQuotaError, ConflictError } from '../db/errors';
import type { JourneyDB } from '../db/schema';
import { saveChanges } from '../db/repo';
import { directWriter, type Writer } from '../db/writer';
import type { JourneyMap } from '../domain/types';
import { getDoc, lastEditTime, resetDoc, useDocStore } from './docStore';
import { announce } from './tabSync';

/**
 * Write-behind persistence (DESIGN.md §2). The store is the source of truth while a map is open;
 * each committed edit starts a save at once, and edits made while one is in flight go together
 * in the next transaction. A failed write keeps the work in memory and says so; a conflict
 * (another tab wrote a newer revision) stops this tab from writing.
 */

export type SaveState = 'saved' | 'saving' | 'error' | 'quota' | 'conflict' | 'deleted' | 'blocked';

export interface SaveStatus {
  state: SaveState;
  /** The error's own message, for "error". */
  detail: string;
  lastSavedAt: number | null;
}

export const useSaveStatus = create<SaveStatus>(() => ({ state: 'saved', detail: '', lastSavedAt: null }));

const HALTING: ReadonlySet<SaveState> = new Set(['conflict', 'deleted', 'blocked']);

export class Saver {
  private saved: JourneyMap;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** The batch being written, for the last-moment fallback when the page goes away. */
  private inFlight: { prev: JourneyMap; next: JourneyMap; base: number } | null = null;
  /** A fallback write made by flushOnExit; if it won, the worker's copy is refused as a conflict. */
  private exitWrite: { base: number; next: JourneyMap; done: Promise<number | null> } | null = null;

  constructor(
    private readonly writer: Writer,
    initial: JourneyMap,
    private revision: number,
  ) {
    this.saved = initial;
  }

  get isDirty(): boolean {
    const doc = getDoc();
    return !!doc && doc.id === this.saved.id && doc !== this.saved;
  }

  get currentRevision(): number {
    return this.revision;
  }

  /** Saves until the stored document matches the open one, or a write fails. */
  flush(): Promise<void> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Starts over from a stored version (after loading another tab's work). */
  rebase(map: JourneyMap, revision: number): void {
    this.saved = map;
    this.revision = revision;
    this.stopped = false;
    useSaveStatus.setState({ state: 'saved', detail: '' });
  }

  /** Stops writing for good (map closed, conflict, or an upgrade elsewhere). */
  stop(state?: SaveState): void {
    this.stopped = true;
    if (state) useSaveStatus.setState({ state, detail: '' });
  }

  private async run(): Promise<void> {
    for (;;) {
      if (this.stopped || HALTING.has(useSaveStatus.getState().state)) return;
      const doc = getDoc();
      if (!doc || doc.id !== this.saved.id || doc === this.saved) {
        useSaveStatus.setState({ state: 'saved', detail: '' });
        return;
      }
      useSaveStatus.setState({ state: 'saving' });
      const editedAt = lastEditTime();
      this.inFlight = { prev: this.saved, next: doc, base: this.revision };
      try {
        const { revision, completedAt } = await this.writer.save(this.saved, doc, this.revision);
        this.inFlight = null;
        this.revision = revision;
        this.saved = doc;
        announce('saved', doc.id, revision);
        // Edit-to-disk time, read by the benchmark (one entry kept, so nothing accumulates).
        if (typeof performance.measure === 'function' && editedAt > 0) {
          performance.clearMeasures('jp:commit');
          performance.measure('jp:commit', { start: editedAt, duration: Math.max(0, completedAt - performance.timeOrigin - editedAt) });
        }
        useSaveStatus.setState({ lastSavedAt: Date.now() });
      } catch (error) {
        this.inFlight = null;
        const exit = this.exitWrite;
        if (error instanceof ConflictError && exit && exit.base === this.revision) {
          // Our own fallback write committed this batch first: that is a save, not a conflict.
          this.exitWrite = null;
          const revision = await exit.done;
          if (revision === exit.base + 1) {
            this.revision = revision;
            this.saved = exit.next;
            announce('saved', exit.next.id, revision);
            continue;
          }
        }
        this.fail(error);
        return;
      }
    }
  }

  /**
   * The page is going away (pagehide): a worker may be terminated before its transaction
   * commits, so write what is not yet on disk from this thread too. Both writes use the same
   * base revision: the first to commit wins and the revision check refuses the other.
   */
  flushOnExit(db: JourneyDB): void {
    if (this.stopped) return;
    const doc = getDoc();
    const batch = this.inFlight ?? (doc && doc.id === this.saved.id && doc !== this.saved ? { prev: this.saved, next: doc, base: this.revision } : null);
    if (!batch || this.exitWrite?.base === batch.base) return;
    // Refused when the worker got there first (or the page is gone): nothing more to do then.
    const done = saveChanges(db, batch.prev, batch.next, batch.base).catch(() => null);
    this.exitWrite = { base: batch.base, next: batch.next, done };
  }

  private fail(error: unknown): void {
    if (error instanceof ConflictError) {
      this.stopped = true;
      useSaveStatus.setState({ state: error.reason === 'deleted' ? 'deleted' : 'conflict', detail: '' });
    } else if (isQuotaError(error)) {
      useSaveStatus.setState({ state: 'quota', detail: '' });
    } else {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      useSaveStatus.setState({ state: 'error', detail });
    }
    // Not swallowed: the UI shows the state; the console keeps the stack for a bug report.
    console.error('Journeyprint: saving failed', error);
  }
}

let session: { saver: Saver; unsubscribe: () => void } | null = null;

/**
 * Opens a document for editing: puts it in the store (no undo step) and saves what changes,
 * through `writer` (the app passes its worker; tests write in-thread).
 */
export async function openSession(db: JourneyDB, map: JourneyMap, revision: number, writer: Writer = directWriter(db)): Promise<Saver> {
  await closeSession();
  resetDoc(map);
  useSaveStatus.setState({ state: 'saved', detail: '', lastSavedAt: null });
  const saver = new Saver(writer, map, revision);
  writer.warm();
  const unsubscribe = useDocStore.subscribe((state, prev) => {
    if (state.doc !== prev.doc) void saver.flush();
  });
  session = { saver, unsubscribe };
  return saver;
}

/** Flushes and closes the open document. */
export async function closeSession(): Promise<void> {
  const s = session;
  if (!s) return;
  session = null;
  s.unsubscribe();
  await s.saver.flush();
  s.saver.stop();
  resetDoc(null);
}

export function currentSaver(): Saver | null {
  return session?.saver ?? null;
}

/** Retry after an error (the user freed space, or a transient failure passed). */
export function retrySave(): Promise<void> {
  const state = useSaveStatus.getState().state;
  if (state === 'error' || state === 'quota') useSaveStatus.setState({ state: 'saving' });
  return session?.saver.flush() ?? Promise.resolve();
}
