import * as Y from 'yjs';
import { ConflictError, isQuotaError } from '../db/errors';
import type { MapMeta } from '../db/write';
import { writeUpdate } from '../db/write';
import type { Writer } from '../db/writer';
import * as instrument from '../instrument';
import { stashUnsaved } from './exitStash';

export type SaveState = 'saved' | 'saving' | 'error' | 'quota' | 'deleted' | 'blocked';

export interface SaveStatus {
  state: SaveState;
  /** The error's own message, for "error". */
  detail: string;
  lastSavedAt: number | null;
}

/**
 * Write-behind saving of one session's document (DESIGN.md §2): each local update starts a write
 * at once; updates made while one is in flight go together (merged) in the next transaction.
 * A failed write keeps the updates queued and says so; Retry writes them. An update written
 * twice (the page-exit fallback racing the worker) is harmless: Yjs applies it once.
 */
export class Saver {
  private queue: { update: Uint8Array; editedAt: number }[] = [];
  private inFlight: Uint8Array | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private halted: SaveState | null = null;
  /** Updates this session appended since the log was last compacted. */
  appended = 0;

  constructor(
    private readonly writer: Writer,
    readonly mapId: string,
    private readonly meta: () => MapMeta | null,
    private readonly report: (status: Partial<SaveStatus>) => void,
    private readonly onSaved: () => void = () => {},
  ) {}

  /** True while an update of this session is not yet on disk. */
  get isDirty(): boolean {
    return this.queue.length > 0 || this.inFlight !== null;
  }

  push(update: Uint8Array, editedAt: number): void {
    this.queue.push({ update, editedAt });
    void this.flush();
  }

  /** Saves until every queued update is on disk, or a write fails. */
  flush(): Promise<void> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Stops writing for good (map closed, deleted elsewhere, or an upgrade elsewhere). */
  stop(state?: SaveState): void {
    this.stopped = true;
    if (state) {
      this.halted = state;
      this.report({ state, detail: '' });
    }
  }

  /** Retry after an error (the user freed space, or a transient failure passed). */
  retry(): Promise<void> {
    if (this.halted || this.stopped) return Promise.resolve();
    this.report({ state: 'saving', detail: '' });
    return this.flush();
  }

  private async run(): Promise<void> {
    while (!this.stopped && this.queue.length) {
      const meta = this.meta();
      if (!meta) return;
      const batch = this.queue;
      this.queue = [];
      const update = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
      const editedAt = Math.max(...batch.map((b) => b.editedAt));
      this.inFlight = update;
      this.report({ state: 'saving' });
      try {
        const { completedAt } = await this.writer.append({ mapId: this.mapId, update, meta });
        this.inFlight = null;
        this.appended++;
        if (editedAt > 0) instrument.record('commit', completedAt - performance.timeOrigin - editedAt); // edit to disk, for the bench
        this.report({ lastSavedAt: Date.now() });
      } catch (error) {
        this.inFlight = null;
        // Keep the work: the batch goes back in front of anything edited meanwhile.
        this.queue = [{ update, editedAt }, ...this.queue];
        this.fail(error);
        return;
      }
    }
    if (!this.stopped && !this.queue.length) {
      this.report({ state: 'saved', detail: '' });
      this.onSaved();
    }
  }

  /**
   * The page is going away (pagehide): a worker may be terminated before its transaction
   * commits, so write what is not yet on disk from this thread too.
   */
  flushOnExit(idb: IDBDatabase | null): void {
    if (this.stopped || !idb) return;
    const pending = [...(this.inFlight ? [this.inFlight] : []), ...this.queue.map((q) => q.update)];
    const meta = this.meta();
    if (!pending.length || !meta) return;
    const update = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    // Synchronous, so it survives a page that is frozen or discarded before IndexedDB commits.
    stashUnsaved(this.mapId, update);
    writeUpdate(idb, { mapId: this.mapId, update, meta }).catch(() => {});
  }

  private fail(error: unknown): void {
    if (error instanceof ConflictError) this.stop('deleted');
    else if (isQuotaError(error)) this.report({ state: 'quota', detail: '' });
    else {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.report({ state: 'error', detail });
    }
    // Not swallowed: the UI shows the state; the console keeps the stack for a bug report.
    console.error('Journeyprint: saving failed', error);
  }
}
