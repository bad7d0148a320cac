import type { Awareness } from 'y-protocols/awareness';
import type { Identity } from '../../session/identity';
import { changedBeyondMotion, peopleOf, samePeople, selectionsOf, syncPeers, type AwarenessChanges, type Person } from './peers';
import { cleanName, type Peer, type Point, type PresenceState, type ViewCentre } from './state';
import { throttle, type Clock, realClock, type Throttled } from './throttle';

/** At most 20 cursor updates a second, each only when the pointer moved. */
export const CURSOR_INTERVAL = 50;
/** The origin @hocuspocus/provider gives the removal of this tab's state on `pagehide`. */
const PAGE_HIDE = 'page hide';

export interface PresenceSnapshot {
  /** Every other tab in the room, by awareness client id. */
  readonly peers: ReadonlyMap<number, Peer>;
  /** Everyone else, one per person, sorted by name. */
  readonly people: readonly Person[];
  /** Card (or other entity) id → who else has it selected. */
  readonly selections: ReadonlyMap<string, readonly { name: string; color: string }[]>;
}

const sameCursor = (a: Point | null, b: Point | null) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y);

/**
 * This tab's presence on one session's awareness: publishes what this person does, and turns what
 * the others publish into validated snapshots. It neither knows nor cares how awareness travels
 * (a HocuspocusProvider, another tab, a test wiring two instances together).
 */
export class PresenceSession {
  private snapshot: PresenceSnapshot = { peers: new Map(), people: [], selections: new Map() };
  private readonly listeners = new Set<(s: PresenceSnapshot) => void>();
  private readonly cursor: Throttled<Point | null>;
  private userId: string;
  /** What this tab publishes, kept here too: a provider that goes away clears it from awareness. */
  private mine: PresenceState;
  private destroyed = false;

  constructor(
    readonly awareness: Awareness,
    identity: Identity,
    clock: Clock = realClock,
  ) {
    this.userId = identity.id;
    const state: PresenceState = {
      user: { id: identity.id, name: cleanName(identity.name), color: identity.color },
      cursor: null,
      selection: [],
      viewport: null,
      slide: null,
      presenting: false,
    };
    this.mine = state;
    awareness.setLocalState({ ...awareness.getLocalState(), ...state });
    this.cursor = throttle((p) => this.set('cursor', p), CURSOR_INTERVAL, sameCursor, clock);
    awareness.on('change', this.onChange);
    awareness.on('destroy', this.onDestroy);
    // Someone already here (a provider attached before us) shows at once.
    this.onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] });
  }

  get current(): PresenceSnapshot {
    return this.snapshot;
  }

  /** What this tab publishes (its own state as the others read it). */
  get local(): PresenceState {
    return this.mine;
  }

  subscribe(listener: (s: PresenceSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setUser(identity: Identity): void {
    this.userId = identity.id;
    this.set('user', { id: identity.id, name: cleanName(identity.name), color: identity.color });
  }

  /** The pointer in flow coordinates (null: it left the board); throttled. */
  moveCursor(point: Point | null): void {
    if (point === null) {
      // Leaving is sent at once: a cursor must not linger where nobody is.
      this.cursor.cancel();
      this.cursor(null);
      this.cursor.flush();
    } else this.cursor(point);
  }

  setSelection(ids: readonly string[]): void {
    const prev = this.mine.selection;
    if (prev.length === ids.length && prev.every((id, i) => id === ids[i])) return;
    this.set('selection', [...ids]);
  }

  setViewport(view: ViewCentre): void {
    this.set('viewport', view);
  }

  setSlide(slide: number | null): void {
    if (this.mine.slide !== slide) this.set('slide', slide);
  }

  setPresenting(presenting: boolean): void {
    if (this.mine.presenting !== presenting) this.set('presenting', presenting);
  }

  /** Stops listening and tells the others this tab is gone. */
  destroy(): void {
    if (this.destroyed) return;
    this.onDestroy();
    this.awareness.setLocalState(null);
  }

  private readonly onDestroy = (): void => {
    this.destroyed = true;
    this.cursor.cancel();
    this.awareness.off('change', this.onChange);
    this.awareness.off('destroy', this.onDestroy);
    this.listeners.clear();
  };

  private set<K extends keyof PresenceState>(key: K, value: PresenceState[K]): void {
    if (this.destroyed) return;
    this.mine = { ...this.mine, [key]: value };
    this.awareness.setLocalState({ ...this.awareness.getLocalState(), ...this.mine });
  }

  /** Publishes this tab's state again if something cleared it (a page back from the back-forward cache). */
  restore(): void {
    if (!this.destroyed && this.awareness.getLocalState() === null) this.awareness.setLocalState({ ...this.mine });
  }

  private readonly onChange = (changes: AwarenessChanges, origin?: unknown): void => {
    // A provider cleared this tab's state as it went (destroyed while the map stays open): put it
    // back, so the next connection shows this person without waiting for them to move. Not when
    // the page is going away (the provider's "page hide"): the others should see this person leave.
    if (changes.removed.includes(this.awareness.clientID) && origin !== PAGE_HIDE) queueMicrotask(() => this.restore());
    const peers = syncPeers(this.snapshot.peers, this.awareness.getStates(), changes, this.awareness.clientID);
    const prev = this.snapshot;
    if (peers === prev.peers) return;
    if (!changedBeyondMotion(prev.peers, peers, [...changes.added, ...changes.updated, ...changes.removed])) {
      this.snapshot = { ...prev, peers };
    } else {
      const people = peopleOf(peers, this.userId);
      this.snapshot = { peers, people: samePeople(people, prev.people) ? prev.people : people, selections: selectionsOf(peers, this.userId) };
    }
    for (const l of this.listeners) l(this.snapshot);
  };
}
