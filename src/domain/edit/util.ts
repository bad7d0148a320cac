/** Moves item at `from` to `to` (clamped); returns the same array when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): readonly T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from >= list.length || from === target) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

export function insertAt<T>(list: readonly T[], item: T, index?: number): T[] {
  const next = list.slice();
  const at = index === undefined ? next.length : Math.max(0, Math.min(next.length, index));
  next.splice(at, 0, item);
  return next;
}

/** Shallow-patches `obj`; returns `obj` itself when no value differs (so no-ops stay no-ops). */
export function patchObject<T extends object>(obj: T, patch: Partial<T>): T {
  let changed = false;
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (patch[key] !== undefined && !Object.is(patch[key], obj[key])) changed = true;
  }
  if (!changed) return obj;
  const next = { ...obj };
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value !== undefined) next[key] = value as T[keyof T];
  }
  return next;
}

/** For building a patch object field by field before it is frozen into the document. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
