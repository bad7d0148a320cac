import type { JourneyMap } from '../domain/types';

/**
 * The entity collections of a map, as the Yjs document keeps them: each one a Y.Map of records
 * keyed by id, each record a Y.Map of its fields, so two people editing different fields of one
 * card both keep their edit. Everything else in the map (title, persona, marks, any field added
 * later) lives in the document's root map. A new collection is one entry here.
 *
 * `ordered`: the array order means something (columns, rows), kept as a fractional key.
 * `parent`: the records are nested in another collection's records (steps in stages); stored
 * flat with the parent's id, so moving a step to another stage is one field.
 */
export interface CollectionSpec {
  readonly name: string;
  readonly ordered: boolean;
  readonly parent?: { readonly collection: string; readonly field: string };
}

export const COLLECTIONS: readonly CollectionSpec[] = [
  { name: 'stages', ordered: true },
  { name: 'steps', ordered: true, parent: { collection: 'stages', field: 'steps' } },
  { name: 'lanes', ordered: true },
  // Cards keep their place in a cell in their own `order` field; the array order is canonical.
  { name: 'cards', ordered: false },
  { name: 'connections', ordered: true },
  // Comments sort by time, people by id (repair.ts), the same on every replica.
  { name: 'comments', ordered: false },
  { name: 'people', ordered: false },
];

/** The keys of the map that are collections (not root fields). */
export const TOP_LEVEL: ReadonlySet<string> = new Set(COLLECTIONS.filter((c) => !c.parent).map((c) => c.name));

/** Fields of a stored record that are bookkeeping, never part of the entity. */
export const ORDER_KEY = '_o';
export const PARENT_KEY = '_p';
export const ROOT = 'map';

export type Entity = { readonly id: string } & Record<string, unknown>;

/** One collection's records in document order, with their parent's id where nested. */
export interface Flat {
  readonly items: readonly Entity[];
  readonly parentOf?: ReadonlyMap<string, string>;
}

/** The records of one collection in `map`, flattened out of their parents. */
export function flatten(map: JourneyMap, spec: CollectionSpec): Flat {
  const m = map as unknown as Record<string, unknown>;
  if (!spec.parent) return { items: asEntities(m[spec.name]) };
  const parents = asEntities(m[spec.parent.collection]);
  const items: Entity[] = [];
  const parentOf = new Map<string, string>();
  for (const p of parents) {
    for (const child of asEntities(p[spec.parent.field])) {
      items.push(child);
      parentOf.set(child.id, p.id);
    }
  }
  return { items, parentOf };
}

/** The source arrays a collection is read from: unchanged arrays mean an unchanged collection. */
export function sourceOf(map: JourneyMap, spec: CollectionSpec): unknown {
  return (map as unknown as Record<string, unknown>)[spec.parent ? spec.parent.collection : spec.name];
}

/** Fields nested children occupy in a parent record (not stored on the parent). */
export function childFields(spec: CollectionSpec): string[] {
  return COLLECTIONS.filter((c) => c.parent?.collection === spec.name).map((c) => c.parent!.field);
}

function asEntities(v: unknown): Entity[] {
  return Array.isArray(v) ? (v as Entity[]) : [];
}
