import * as Y from 'yjs';
import type { JourneyMap } from '../domain/types';
import { childFields, COLLECTIONS, flatten, ORDER_KEY, PARENT_KEY, ROOT, sourceOf, TOP_LEVEL, type CollectionSpec, type Entity, type Flat } from './collections';
import { isPlainObject, jsonEqual } from './equal';
import { defaultsOf } from './defaults';
import { assignKeys } from './order';

/**
 * Writes the difference between two snapshots of a map into its Yjs document, in one
 * transaction. What changed is found from the data: an entity whose object is the same in both
 * snapshots is skipped (edits replace only what they touch), a changed one is compared field by
 * field with what the document holds, so any field, including ones added later, is written,
 * and only fields that really changed become part of the update.
 */
export function writeMap(doc: Y.Doc, prev: JourneyMap | null, next: JourneyMap, origin: unknown): void {
  doc.transact(() => {
    writeObject(doc.getMap(ROOT), next as unknown as Record<string, unknown>, TOP_LEVEL);
    for (const spec of COLLECTIONS) {
      if (prev && sourceOf(prev, spec) === sourceOf(next, spec)) continue;
      writeCollection(doc.getMap(spec.name), spec, prev ? flatten(prev, spec) : null, flatten(next, spec));
    }
  }, origin);
}

/** Makes `target` hold `value`'s fields: nested plain objects as nested maps, the rest as values. */
function writeObject(target: Y.Map<unknown>, value: Record<string, unknown>, skip: ReadonlySet<string>): void {
  for (const key of [...target.keys()]) {
    if (!skip.has(key) && value[key] === undefined) target.delete(key);
  }
  for (const [key, v] of Object.entries(value)) {
    if (skip.has(key) || v === undefined) continue;
    const current = target.get(key);
    if (isPlainObject(v)) {
      if (current instanceof Y.Map) writeObject(current, v, NONE);
      else {
        const child = new Y.Map<unknown>();
        target.set(key, child);
        writeObject(child, v, NONE);
      }
    } else if (current instanceof Y.AbstractType || !jsonEqual(current, v)) {
      target.set(key, v);
    }
  }
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Fields of a record: flat JSON values (a nested object is one value, last writer wins). A known
 * field at its default is left out (or removed), so the document holds what was set.
 */
function writeFields(rec: Y.Map<unknown>, e: Entity, skip: ReadonlySet<string>, defaults: ReadonlyMap<string, unknown>): void {
  for (const key of [...rec.keys()]) {
    if (!skip.has(key) && key !== ORDER_KEY && key !== PARENT_KEY && e[key] === undefined) rec.delete(key);
  }
  for (const [key, v] of Object.entries(e)) {
    if (skip.has(key) || v === undefined || key === ORDER_KEY || key === PARENT_KEY) continue;
    if (defaults.has(key) && jsonEqual(defaults.get(key), v)) {
      if (rec.has(key)) rec.delete(key);
    } else if (!jsonEqual(rec.get(key), v)) rec.set(key, v);
  }
}

function writeCollection(target: Y.Map<unknown>, spec: CollectionSpec, prev: Flat | null, next: Flat): void {
  const skip = new Set(['id', ...childFields(spec)]);
  const defaults = defaultsOf(spec.name);
  if (prev && !spec.parent && alignedUnchanged(prev.items, next.items, (e) => writeRecord(target, e, null, skip, defaults))) {
    if (spec.ordered) writeOrder(target, prev, next);
    return;
  }
  const before = new Map(prev?.items.map((e) => [e.id, e]));
  const seen = new Set<string>();
  for (const e of next.items) {
    if (seen.has(e.id)) continue; // a duplicate id in an edit's result: the first one stands
    seen.add(e.id);
    const parent = next.parentOf?.get(e.id);
    if (before.get(e.id) === e && parent === undefined) continue; // untouched: no lookup at all
    writeRecord(target, e, before.get(e.id) ?? null, skip, defaults, parent);
  }
  for (const id of before.keys()) if (!seen.has(id)) target.delete(id);
  if (spec.ordered) writeOrder(target, prev, next);
}

/**
 * The common edit keeps every record in its place and replaces a few: a walk side by side finds
 * them without a lookup table (and without touching the document for the others). False when
 * records were added, removed or reordered; the caller then matches ids.
 */
function alignedUnchanged(a: readonly Entity[], b: readonly Entity[], write: (e: Entity) => void): boolean {
  if (a.length !== b.length) return false;
  const changed: Entity[] = [];
  for (let i = 0; i < b.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i]!.id !== b[i]!.id) return false;
    changed.push(b[i]!);
  }
  for (const e of changed) write(e);
  return true;
}

function writeRecord(target: Y.Map<unknown>, e: Entity, before: Entity | null, skip: ReadonlySet<string>, defaults: ReadonlyMap<string, unknown>, parent?: string): void {
  {
    let rec = target.get(e.id);
    if (!(rec instanceof Y.Map)) {
      rec = new Y.Map<unknown>();
      target.set(e.id, rec);
      writeFields(rec as Y.Map<unknown>, e, skip, defaults);
    } else if (before !== e) {
      writeFields(rec as Y.Map<unknown>, e, skip, defaults);
    }
    const r = rec as Y.Map<unknown>;
    if (parent !== undefined && r.get(PARENT_KEY) !== parent) r.set(PARENT_KEY, parent);
  }
}

/** Gives each group (a parent's children, or the whole collection) keys that sort as `next` lists it. */
function writeOrder(target: Y.Map<unknown>, prev: Flat | null, next: Flat): void {
  const was = prev ? groups(prev) : new Map<string, string[]>();
  for (const [parent, ids] of groups(next)) {
    const old = was.get(parent);
    if (old && old.length === ids.length && old.every((id, i) => id === ids[i])) continue;
    const key = (id: string) => {
      const k = (target.get(id) as Y.Map<unknown> | undefined)?.get(ORDER_KEY);
      return typeof k === 'string' ? k : undefined;
    };
    for (const [id, k] of assignKeys(ids, key)) (target.get(id) as Y.Map<unknown>).set(ORDER_KEY, k);
  }
}

function groups(flat: Flat): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const e of flat.items) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const p = flat.parentOf?.get(e.id) ?? '';
    const list = out.get(p);
    if (list) list.push(e.id);
    else out.set(p, [e.id]);
  }
  return out;
}
