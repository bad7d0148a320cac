import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Fractional order keys. An item's position is a string key that sorts between its neighbours,
 * so a move writes one key, and two people moving different items at once both keep their move.
 * Two replicas inserting at the same spot may pick the same key: ties sort by id, the same
 * everywhere.
 */
export function compareKeys(a: string, b: string, idA: string, idB: string): number {
  if (a !== b) return a < b ? -1 : 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * The keys to write so that `ids` (the wanted order) sorts as listed, given each id's current
 * key (undefined for new items). Keeps the longest run of items whose keys already increase and
 * keys only the others, between their kept neighbours.
 */
export function assignKeys(ids: readonly string[], current: (id: string) => string | undefined): Map<string, string> {
  const keys = ids.map((id) => {
    const k = current(id);
    return typeof k === 'string' && k !== '' ? k : undefined;
  });
  const keep = longestIncreasing(keys);
  const out = new Map<string, string>();
  try {
    let i = 0;
    while (i < ids.length) {
      if (keep[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < ids.length && !keep[j]) j++;
      const lo = i > 0 ? keys[i - 1]! : null;
      const hi = j < ids.length ? keys[j]! : null;
      const fresh = generateNKeysBetween(lo, hi, j - i);
      for (let k = i; k < j; k++) {
        keys[k] = fresh[k - i]!;
        out.set(ids[k]!, fresh[k - i]!);
      }
      i = j;
    }
    return out;
  } catch {
    // A key that is not a valid fractional key (a buggy or hostile peer): key the whole group anew.
    const fresh = generateNKeysBetween(null, null, ids.length);
    return new Map(ids.map((id, k) => [id, fresh[k]!]));
  }
}

/** Marks the members of a longest strictly increasing subsequence of the defined keys (O(n log n)). */
function longestIncreasing(keys: readonly (string | undefined)[]): boolean[] {
  const tails: number[] = [];
  const prev = new Array<number>(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === undefined || !valid(k)) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < k) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const keep = new Array<boolean>(keys.length).fill(false);
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep[i] = true;
  return keep;
}

function valid(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}
