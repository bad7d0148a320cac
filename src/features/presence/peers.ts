import { parsePresence, samePresence, type Peer } from './state';

/** What awareness reports on each change: the client ids whose state came, changed or went. */
export interface AwarenessChanges {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

/**
 * The other tabs in the room after a change, parsed once per change of their own: a client whose
 * state is unchanged keeps its object (its cursor and avatar do not re-render), this tab and
 * invalid states are left out. Returns `prev` itself when nothing visible changed.
 */
export function syncPeers(
  prev: ReadonlyMap<number, Peer>,
  states: ReadonlyMap<number, unknown>,
  changes: AwarenessChanges,
  self: number,
): ReadonlyMap<number, Peer> {
  let next: Map<number, Peer> | null = null;
  const edit = () => (next ??= new Map(prev));
  for (const id of changes.removed) if (prev.has(id)) edit().delete(id);
  for (const id of [...changes.added, ...changes.updated]) {
    if (id === self) continue;
    const state = parsePresence(states.get(id));
    const old = prev.get(id);
    if (!state) {
      if (old) edit().delete(id);
    } else if (!old || !samePresence(old, state)) {
      edit().set(id, { ...state, clientId: id });
    }
  }
  return next ?? prev;
}

/** A person in the room (one avatar), whichever tabs they have open. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly presenting: boolean;
  /** The tab that speaks for them when followed: a presenting one first. */
  readonly clientId: number;
}

function rank(p: Peer): number {
  return (p.presenting ? 2 : 0) + (p.slide !== null ? 1 : 0);
}

/** Everyone else, one per person, sorted by name (then id, so the order never flickers). */
export function peopleOf(peers: ReadonlyMap<number, Peer>, selfUserId: string): Person[] {
  const best = new Map<string, Peer>();
  for (const peer of peers.values()) {
    if (peer.user.id === selfUserId) continue; // this person in another tab
    const seen = best.get(peer.user.id);
    if (!seen || rank(peer) > rank(seen) || (rank(peer) === rank(seen) && peer.clientId < seen.clientId)) best.set(peer.user.id, peer);
  }
  return [...best.values()]
    .map((p) => ({ id: p.user.id, name: p.user.name, color: p.user.color, presenting: p.presenting, clientId: p.clientId }))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether two lists show the same avatars (so the toolbar does not re-render for a cursor move). */
export function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i]!;
      return p.id === q.id && p.name === q.name && p.color === q.color && p.presenting === q.presenting && p.clientId === q.clientId;
    })
  );
}

/** The avatars that fit, and how many go behind "+N" (never "+1": that one avatar fits instead). */
export function splitOverflow<T>(people: readonly T[], max: number): { shown: readonly T[]; hidden: readonly T[] } {
  if (people.length <= max) return { shown: people, hidden: [] };
  return { shown: people.slice(0, max - 1), hidden: people.slice(max - 1) };
}

/** Card id → who has it selected (first in name order), for the outlines on the board. */
export function selectionsOf(peers: ReadonlyMap<number, Peer>, selfUserId: string): Map<string, { name: string; color: string }[]> {
  const out = new Map<string, { name: string; color: string }[]>();
  const sorted = [...peers.values()].filter((p) => p.user.id !== selfUserId).sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
  for (const p of sorted) {
    for (const id of p.selection) {
      const list = out.get(id) ?? [];
      if (!list.some((x) => x.name === p.user.name && x.color === p.user.color)) list.push({ name: p.user.name, color: p.user.color });
      out.set(id, list);
    }
  }
  return out;
}

/** "王" for 王小明, "AL" for Ana Lima, "?" for nobody: the letters on an avatar. */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  const first = Array.from(trimmed)[0]!;
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(first)) return first;
  const words = trimmed.split(/\s+/).map((w) => Array.from(w)[0]!.toUpperCase());
  return words.length > 1 ? words[0]! + words[words.length - 1]! : words[0]!;
}
