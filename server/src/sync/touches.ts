import * as Y from 'yjs';

/**
 * Which top-level types of a document an update would change, found without applying it: the
 * update's structs name their parent (a top-level name, or the id of the item holding the parent
 * type) or only their neighbour (`origin`/`rightOrigin`), and deletions name item ids; each id is
 * looked up in this update, in the document, or among updates accepted but not applied yet. The
 * cost is one pass over the structs and deletions (the update is decoded anyway, to refuse garbage),
 * with no copy of the document: cheap enough to run on every message.
 */
export interface Touched {
  roots: Set<string>;
  /** Some struct or deletion refers to content the server has never seen (not even in flight). */
  unknown: boolean;
}

type Decoded = ReturnType<typeof Y.decodeUpdate>;

/** Ranges of one client's clocks and the top-level type they belong to. */
type Ranges = Map<number, Range[]>;

/**
 * Structs of updates accepted but perhaps not applied yet: Hocuspocus applies a message after its
 * hooks resolve, so a participant's next message can refer to content still on its way in.
 */
export class InFlight {
  private readonly ranges: Ranges = new Map();
  private size = 0;

  constructor(private readonly max = 10_000) {}

  add(doc: Y.Doc, own: Ranges): void {
    for (const [client, list] of own) {
      const applied = Y.getState(doc.store, client);
      const kept = (this.ranges.get(client) ?? []).filter((r) => r.end > applied);
      for (const r of list) if (r.end > applied) kept.push(r);
      this.size += kept.length - (this.ranges.get(client)?.length ?? 0);
      if (kept.length) this.ranges.set(client, kept);
      else this.ranges.delete(client);
    }
    // Entries only leave when their client writes again; bound the rest (pending forever: garbage).
    if (this.size > this.max) {
      this.ranges.clear();
      this.size = 0;
    }
  }

  find(client: number, clock: number): Range | undefined {
    return findIn(this.ranges, client, clock);
  }
}

type Range = { clock: number; end: number; root: string | null };

function findIn(ranges: Ranges, client: number, clock: number): Range | undefined {
  const list = ranges.get(client);
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i]!;
    if (clock >= r.clock && clock < r.end) return r;
  }
  return undefined;
}

/** The top-level name an integrated item lives under (null: garbage-collected, it changes nothing). */
function rootOfItem(item: Y.Item | Y.GC): string | null {
  if (!(item instanceof Y.Item)) return null;
  let type = item.parent as Y.AbstractType<unknown> | null;
  while (type?._item) type = type._item.parent as Y.AbstractType<unknown> | null;
  return type ? Y.findRootTypeKey(type) : null;
}

/**
 * `decoded` touches these roots of `doc`. Returns the update's own ranges too, for `InFlight.add`
 * once the update is accepted.
 */
export function touchedRoots(doc: Y.Doc, decoded: Decoded, inFlight: InFlight): Touched & { own: Ranges } {
  const roots = new Set<string>();
  const own: Ranges = new Map();
  let unknown = false;

  /** The root of the item holding `id`: undefined when nobody has seen it, null when it is gone. */
  const rootOfId = (id: Y.ID): string | null | undefined => {
    const mine = findIn(own, id.client, id.clock);
    if (mine) return mine.root;
    if (id.clock < Y.getState(doc.store, id.client)) return rootOfItem(Y.getItem(doc.store, id));
    return inFlight.find(id.client, id.clock)?.root;
  };
  const touch = (root: string | null | undefined) => {
    if (root === undefined) unknown = true;
    else if (root !== null) roots.add(root);
  };

  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue; // GC and Skip change nothing visible
    const parent = struct.parent as string | Y.ID | null;
    const neighbour = parent ?? struct.origin ?? struct.rightOrigin;
    const root = typeof neighbour === 'string' ? neighbour : neighbour ? rootOfId(neighbour) : undefined;
    touch(root);
    // A client's structs are contiguous: one range per run of the same root (a whole map pushed
    // after working offline is a handful of ranges, not one per struct).
    const list = own.get(struct.id.client) ?? [];
    const last = list[list.length - 1];
    if (last && last.end === struct.id.clock && last.root === (root ?? null)) last.end += struct.length;
    else list.push({ clock: struct.id.clock, end: struct.id.clock + struct.length, root: root ?? null });
    own.set(struct.id.client, list);
  }

  for (const [client, deletions] of decoded.ds.clients) {
    const structs = doc.store.clients.get(client);
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of deletions) {
      const end = clock + len;
      if (structs && clock < known) {
        for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < end; i++) {
          const s = structs[i]!;
          if (s instanceof Y.Item && !s.deleted) touch(rootOfItem(s));
        }
      }
      // The part beyond what the document holds: content of this update or of one in flight.
      for (let c = Math.max(clock, known); c < end;) {
        const range = findIn(own, client, c) ?? inFlight.find(client, c);
        touch(range ? range.root : undefined);
        if (!range) break;
        c = range.end;
      }
    }
  }
  return { roots, unknown, own };
}
