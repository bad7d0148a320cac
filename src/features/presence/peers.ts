import { parsePresence, samePresence, type Peer } from './state';

/** What awareness reports on each change: the client ids whose state came, changed or went. */
export interface AwarenessChanges {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

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
      const selection = old && sameList(old.selection, state.selection) ? old.selection : state.selection;
      edit().set(id, { ...state, selection, clientId: id });
    }
  }
  return next ?? prev;
}

const collator = new Intl.Collator();
const byName = (a: string, b: string) => collator.compare(a, b);

/**
 * Whether a change touched more than cursors and viewports: names, colours, selections or who
 * presents. A moving pointer (20 a second per person) then skips rebuilding the avatar list and the
 * selection outlines.
 */
export function changedBeyondMotion(prev: ReadonlyMap<number, Peer>, next: ReadonlyMap<number, Peer>, ids: readonly number[]): boolean {
  for (const id of ids) {
    const a = prev.get(id);
    const b = next.get(id);
    if (a === b) continue;
    if (!a || !b) return true;
    if (a.user.id !== b.user.id || a.user.name !== b.user.name || a.user.color !== b.user.color) return true;
    if (a.presenting !== b.presenting || a.slide !== b.slide || a.selection !== b.selection) return true;
  }
  return false;
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
    .sort((a, b) => byName(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  const sorted = [...peers.values()].filter((p) => p.user.id !== selfUserId).sort((a, b) => byName(a.user.name, b.user.name) || a.clientId - b.clientId);
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
  // The first letter or digit of each word: "<b>Ana" still gives "A", never a bracket.
  const words = name
    .trim()
    .split(/\s+/)
    .map((w) => w.match(/[\p{L}\p{N}]/u)?.[0])
    .filter((c): c is string => !!c);
  if (!words.length) return '?';
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(words[0]!)) return words[0]!;
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : [words[0]!];
  return letters.join('').toUpperCase();
}
