import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { metaOf } from '../db/library';
import type { MapMeta } from '../db/write';
import type { Writer } from '../db/writer';
import type { JourneyMap } from '../domain/types';
import { Binding } from '../sync/binding';
import { COLLECTIONS, ROOT } from '../sync/collections';
import { writeMap } from '../sync/write';
import { Saver, type SaveStatus } from './saver';
import { TabLink, TAB_ORIGIN } from './tabLink';

/** Origins of changes that came from elsewhere: never saved again by this tab, never undone. */
export const STORAGE_ORIGIN = 'storage';

/** Something that syncs a document with others (e.g. @hocuspocus/provider's HocuspocusProvider). */
export interface SyncProvider {
  destroy(): void;
}

export interface SessionOptions {
  /** Saves local updates; none for a document kept only in memory (tests, previews). */
  writer?: Writer;
  /** Exchange updates with other tabs that have the same map open. */
  tabs?: boolean;
  /** Told of every save state change of this session. */
  onStatus?: (status: Partial<SaveStatus>) => void;
  /** Called when every local update is on disk (compaction hook). */
  onSaved?: (session: DocumentSession) => void;
}

/**
 * One open map: its Yjs document, the binding that turns it into the snapshot the views read,
 * undo and redo of this user's edits, saving, tab sync and (later) the network provider.
 * Everything belongs to the session, nothing to the module, so a session closing (or a quick
 * switch to another map) can never save, undo or mark as saved anything of another map.
 */
export class DocumentSession {
  /** The origin of this user's edits: what undo tracks, and what gets saved and sent. */
  readonly origin = { session: this };
  readonly binding: Binding;
  readonly undoManager: Y.UndoManager;
  readonly saver: Saver | null;
  /**
   * Who else is here and what they look at (presence: name, colour, cursor, selection, viewport).
   * Always present, so views can read it whether or not the map is shared; a provider is given
   * this instance (`new HocuspocusProvider({ …, awareness: session.awareness })`) to share it.
   */
  readonly awareness: Awareness;
  private readonly tabs: TabLink | null;
  private readonly remote = new Set<unknown>([STORAGE_ORIGIN, TAB_ORIGIN]);
  private readonly listeners = new Set<(map: JourneyMap) => void>();
  private providers: SyncProvider[] = [];
  private lastEdit = 0;
  private closed = false;
  /**
   * A viewer's session: edits, undo and redo change nothing (the server would refuse them
   * anyway; this keeps the screen from showing an edit that never happened). Set by the share
   * feature from the room role.
   */
  readOnly = false;

  constructor(
    readonly mapId: string,
    readonly doc: Y.Doc,
    options: SessionOptions = {},
  ) {
    this.binding = new Binding(doc);
    this.awareness = new Awareness(doc);
    const scope = [doc.getMap(ROOT), ...COLLECTIONS.map((c) => doc.getMap(c.name))];
    // captureTimeout 0: every edit is its own step (a drag commits once, at its end).
    this.undoManager = new Y.UndoManager(scope, { trackedOrigins: new Set([this.origin]), captureTimeout: 0 });
    this.saver = options.writer
      ? new Saver(options.writer, mapId, () => this.meta(), options.onStatus ?? (() => {}), () => options.onSaved?.(this))
      : null;
    doc.on('update', this.onUpdate);
    doc.on('afterAllTransactions', this.onAfter);
    this.tabs = options.tabs && typeof BroadcastChannel !== 'undefined' ? new TabLink(mapId, doc) : null;
  }

  /** The current snapshot (null only if the document holds no valid map). */
  get map(): JourneyMap | null {
    return this.binding.snapshot();
  }

  /** When this session's latest edit was applied (performance.now), for edit-to-disk timing. */
  get lastEditTime(): number {
    return this.lastEdit;
  }

  /** Applies a pure edit: its result is written into the document in one transaction. */
  applyEdit<A>(fn: (map: JourneyMap, args: A) => JourneyMap, args: A): boolean {
    const prev = this.map;
    if (!prev || this.closed || this.readOnly) return false;
    const next = fn(prev, args);
    if (next === prev) return false;
    this.lastEdit = performance.now();
    // The library row of this save comes from the edit's own result, so the write can start
    // before the snapshot is rebuilt (undo, redo and others' changes use the snapshot).
    this.editMeta = metaOf(next);
    try {
      writeMap(this.doc, prev, next, this.origin);
    } finally {
      this.editMeta = null;
    }
    return true;
  }

  undo(): void {
    if (this.readOnly) return;
    this.lastEdit = performance.now();
    this.undoManager.undo();
  }

  redo(): void {
    if (this.readOnly) return;
    this.lastEdit = performance.now();
    this.undoManager.redo();
  }

  /** Called with each new snapshot, whoever changed the document. */
  subscribe(listener: (map: JourneyMap) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Attaches a network provider built on this session's document, e.g.
   * `session.connect((doc) => new HocuspocusProvider({ url, name: roomId, token, document: doc }))`.
   * The provider applies remote updates with itself as origin: they are saved locally (the map
   * then opens offline with everyone's work) but never undone here and not echoed to other tabs
   * (each has its own connection). It is destroyed with the session; one created after the
   * session closed (a connection that was still loading when the user switched maps) is
   * destroyed at once, so a quick switch never leaks a connection.
   */
  connect<P extends SyncProvider>(create: (doc: Y.Doc) => P): P {
    const provider = create(this.doc);
    if (this.closed) provider.destroy();
    else this.providers.push(provider);
    return provider;
  }

  /** Destroys one provider while the session goes on (sharing stopped: the map stays local). */
  disconnect(provider: SyncProvider): void {
    if (!this.providers.includes(provider)) return;
    this.providers = this.providers.filter((p) => p !== provider);
    provider.destroy();
  }

  /** Whether the session has been closed (its document is no longer on screen or saved). */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Merges updates read from storage (another tab or the library wrote them). */
  applyStored(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, STORAGE_ORIGIN);
  }

  /** Writes what is not yet saved, then lets go of everything. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.tabs?.close();
    for (const p of this.providers) p.destroy();
    this.awareness.destroy();
    await this.saver?.flush();
    this.saver?.stop();
    this.doc.off('update', this.onUpdate);
    this.doc.off('afterAllTransactions', this.onAfter);
    this.undoManager.destroy();
    this.binding.destroy();
    this.listeners.clear();
  }

  private editMeta: MapMeta | null = null;

  private meta(): MapMeta | null {
    if (this.editMeta) return this.editMeta;
    const map = this.map;
    return map && metaOf(map);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.remote.has(origin)) return;
    // Sent to the other tabs first: they merge it while the write is under way.
    if (!this.providers.includes(origin as SyncProvider)) this.tabs?.send(update);
    this.saver?.push(update, this.lastEdit);
  };

  private published: JourneyMap | null = null;

  private readonly onAfter = (): void => {
    const map = this.map;
    if (!map || map === this.published) return;
    this.published = map;
    for (const l of this.listeners) l(map);
  };
}
