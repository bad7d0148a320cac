import { useCallback, useSyncExternalStore } from 'react';
import { create } from 'zustand';
import type { Person } from './peers';
import type { PresenceSession, PresenceSnapshot } from './session';
import type { Peer } from './state';

export interface PresenceStore {
  /** This tab's presence on the open map's awareness (null: no map open). */
  session: PresenceSession | null;
  snapshot: PresenceSnapshot;
  /** The person (user id) whose view this tab follows. */
  following: string | null;
  /** This person asked the others to follow them. */
  presenting: boolean;
  /** The presentation on screen was opened by following (and closes when following ends). */
  followOpenedPresent: boolean;
}

const EMPTY: PresenceSnapshot = { peers: new Map(), people: [], selections: new Map() };

export const usePresenceStore = create<PresenceStore>(() => ({ session: null, snapshot: EMPTY, following: null, presenting: false, followOpenedPresent: false }));

export const NO_PRESENCE: Omit<PresenceStore, 'session'> = { snapshot: EMPTY, following: null, presenting: false, followOpenedPresent: false };

export const usePeople = (): readonly Person[] => usePresenceStore((s) => s.snapshot.people);
export const usePeers = (): ReadonlyMap<number, Peer> => usePresenceStore((s) => s.snapshot.peers);

/** The tab that speaks for the followed person, or null. */
export function followedPeer(s: PresenceStore): Peer | null {
  if (!s.following) return null;
  const person = s.snapshot.people.find((p) => p.id === s.following);
  return (person && s.snapshot.peers.get(person.clientId)) ?? null;
}

export function follow(userId: string | null): void {
  if (userId && usePresenceStore.getState().presenting) present(false);
  usePresenceStore.setState({ following: userId });
}

export function stopFollowing(): void {
  if (usePresenceStore.getState().following) follow(null);
}

/** Turning a slide oneself: stop following, and keep the presentation open as one's own. */
export function takeOverPresentation(): void {
  usePresenceStore.setState({ followOpenedPresent: false });
  stopFollowing();
}

/** Asks the others to follow this person (or stops asking). */
export function present(on: boolean): void {
  const { session } = usePresenceStore.getState();
  if (!session) return;
  session.setPresenting(on);
  // One leads or follows, not both.
  usePresenceStore.setState(on ? { presenting: true, following: null } : { presenting: false });
}

export function presence(): PresenceSession | null {
  return usePresenceStore.getState().session;
}

/*
 * Who else selected each card, with listeners per card id: a change wakes the cards whose outline
 * changes, not every card's selector (the board has thousands).
 */
type Selectors = readonly { name: string; color: string }[];
const NONE: Selectors = [];
let selections: ReadonlyMap<string, Selectors> = new Map();
const cardListeners = new Map<string, Set<() => void>>();

function sameSelectors(a: Selectors | undefined, b: Selectors | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x.name === b[i]!.name && x.color === b[i]!.color);
}

usePresenceStore.subscribe((s, prev) => {
  const next = s.snapshot.selections;
  if (next === prev.snapshot.selections) return;
  const old = selections;
  const merged = new Map<string, Selectors>();
  const changed: string[] = [];
  for (const [k, v] of next) {
    const was = old.get(k);
    merged.set(k, was && sameSelectors(was, v) ? was : v); // unchanged outlines keep their array
    if (merged.get(k) !== was) changed.push(k);
  }
  for (const k of old.keys()) if (!next.has(k)) changed.push(k);
  selections = merged;
  for (const k of changed) cardListeners.get(k)?.forEach((l) => l());
});

/** Who else has this entity selected (empty: nobody). */
export function useRemoteSelection(id: string): Selectors {
  const subscribe = useCallback(
    (listener: () => void) => {
      let set = cardListeners.get(id);
      if (!set) cardListeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set!.delete(listener);
        if (!set!.size) cardListeners.delete(id);
      };
    },
    [id],
  );
  return useSyncExternalStore(subscribe, () => selections.get(id) ?? NONE);
}
