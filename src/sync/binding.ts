/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its containers by their event type */
import * as Y from 'yjs';
import { entitySchemas, rootSchema } from '../domain/migrate';
import type { JourneyMap } from '../domain/types';
import { COLLECTIONS, ORDER_KEY, PARENT_KEY, ROOT, type Entity } from './collections';
import { jsonEqual, withUnknown } from './equal';
import { defaultsOf } from './defaults';
import { compareKeys } from './order';
import { repairMap } from './repair';

export interface Built {
  readonly entity: Entity;
  readonly key: string;
  readonly parent: string;
}

type Schema = { safeParse(v: unknown): { success: true; data: unknown } | { success: false } };

/**
 * Builds the immutable snapshot the views read from the map's Yjs document, and keeps building
 * it as the document changes (local edits, other tabs, the network, undo). Only records a
 * transaction touched are rebuilt; an entity whose content did not change keeps its object, and
 * arrays and parents of unchanged entities are reused, so the board's reference checks skip
 * them. Every record passes the import boundary's rules (src/domain/migrate.ts) and the map's
 * invariants are restored in one repair step, so whatever a peer sends, the views get a valid map.
 */
export class Binding {
  private readonly records = new Map<string, Map<string, Built>>();
  private readonly dirty = new Map<string, Set<string>>();
  private readonly roots = new Map<Y.AbstractType<any>, string>();
  private rootDirty = true;
  private root: Record<string, unknown> | null = null;
  private lists = new Map<string, readonly Built[]>();
  private snap: JourneyMap | null = null;
  /** What the last build had to repair (dropped records, broken references). */
  repaired: string[] = [];

  constructor(private readonly doc: Y.Doc) {
    this.roots.set(doc.getMap(ROOT), ROOT);
    for (const c of COLLECTIONS) {
      const m = doc.getMap(c.name);
      this.roots.set(m, c.name);
      this.records.set(c.name, new Map());
      this.dirty.set(c.name, new Set(m.keys()));
    }
    doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
  }

  /** True when a transaction changed something the snapshot shows. */
  get stale(): boolean {
    return this.rootDirty || [...this.dirty.values()].some((s) => s.size > 0);
  }

  private readonly onTransaction = (tr: Y.Transaction): void => {
    for (const [type, keys] of tr.changed) {
      // Find the top-level map the change is in, and the record right under it.
      let t: Y.AbstractType<any> | null = type;
      let child: Y.AbstractType<any> | null = null;
      while (t && !this.roots.has(t)) {
        child = t;
        t = t.parent as Y.AbstractType<any> | null;
      }
      if (!t) continue;
      const name = this.roots.get(t)!;
      if (name === ROOT) this.rootDirty = true;
      else if (child) {
        const id = (child as unknown as { _item: { parentSub: string | null } | null })._item?.parentSub;
        if (id) this.dirty.get(name)!.add(id);
      } else for (const k of keys) if (k !== null) this.dirty.get(name)!.add(k);
    }
  };

  /** The current snapshot, or null when the document holds no valid map (yet). */
  snapshot(): JourneyMap | null {
    if (this.snap && !this.stale) return this.snap;
    if (this.rootDirty) this.buildRoot();
    if (!this.root) return null;
    const changed = new Map<string, ReadonlySet<string>>();
    for (const spec of COLLECTIONS) {
      const ids = this.dirty.get(spec.name)!;
      if (ids.size === 0 && this.lists.has(spec.name)) continue;
      if (this.buildRecords(spec.name, ids) || !this.lists.has(spec.name)) {
        changed.set(spec.name, new Set(ids));
        this.lists.set(spec.name, this.sorted(spec.name, spec.ordered));
      }
      ids.clear();
    }
    const { map, repaired } = repairMap(this.snap, this.root, this.lists, changed, this.records);
    this.repaired = repaired;
    this.snap = map;
    return map;
  }

  private buildRoot(): void {
    this.rootDirty = false;
    const raw = this.doc.getMap(ROOT).toJSON() as Record<string, unknown>;
    const parsed = (rootSchema as unknown as Schema).safeParse(raw);
    // An invalid root (a hostile or broken peer) leaves the last valid one on screen.
    if (!parsed.success) return;
    const next = withUnknown(raw, parsed.data) as Record<string, unknown>;
    const prev = this.root;
    if (prev) for (const [k, v] of Object.entries(next)) if (jsonEqual(prev[k], v)) next[k] = prev[k];
    this.root = next;
  }

  /** Rebuilds the given records; true when any entity, key or parent really changed. */
  private buildRecords(name: string, ids: ReadonlySet<string>): boolean {
    const map = this.doc.getMap(name);
    const cache = this.records.get(name)!;
    const schema = (entitySchemas as unknown as Record<string, Schema>)[name]!;
    const defaults = defaultsOf(name);
    let changed = false;
    for (const id of ids) {
      const rec = map.get(id);
      const before = cache.get(id);
      const built = rec instanceof Y.Map ? buildRecord(id, rec as Y.Map<unknown>, schema, defaults) : null;
      if (!built) {
        if (before) changed = cache.delete(id);
        continue;
      }
      if (before && before.key === built.key && before.parent === built.parent && jsonEqual(before.entity, built.entity)) continue;
      cache.set(id, before && jsonEqual(before.entity, built.entity) ? { ...built, entity: before.entity } : built);
      changed = true;
    }
    return changed;
  }

  private sorted(name: string, ordered: boolean): Built[] {
    const all = [...this.records.get(name)!.values()];
    if (ordered) all.sort((a, b) => compareKeys(a.key, b.key, a.entity.id, b.entity.id));
    return all;
  }
}

function buildRecord(id: string, rec: Y.Map<unknown>, schema: Schema, defaults: ReadonlyMap<string, unknown>): Built | null {
  const raw = rec.toJSON() as Record<string, unknown>;
  const { [ORDER_KEY]: key, [PARENT_KEY]: parent, ...fields } = raw;
  const entity = { ...fields, id };
  // Fields at their default are not stored (write.ts). Validated with them filled in, the schema
  // gives the same result without taking its fallback path for each (a zod issue built and
  // dropped per field per record: a third of the validation time when a large map opens).
  let input: Record<string, unknown> = entity;
  for (const [k, v] of defaults) {
    if (input[k] !== undefined) continue;
    if (input === entity) input = { ...entity };
    input[k] = v;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return null;
  // Fields the schema does not know (added by a newer version) pass through untouched.
  return { entity: withUnknown(entity, parsed.data) as Entity, key: typeof key === 'string' ? key : '', parent: typeof parent === 'string' ? parent : '' };
}
