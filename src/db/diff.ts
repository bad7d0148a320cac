import type { Card, JourneyMap } from '../domain/types';

/**
 * What changed between two versions of a document. Edits replace only the objects they touch,
 * so an unchanged card is the same object in both versions and a reference check finds changes.
 * Most edits keep every card in its place, and a walk side by side finds them without a lookup
 * table; when cards were added, removed or reordered, the ids are matched through a map.
 */
export function diffCards(prev: JourneyMap | null, next: JourneyMap): { put: Card[]; remove: string[] } {
  if (!prev) return { put: next.cards.slice(), remove: [] };
  if (prev.cards === next.cards) return { put: [], remove: [] };
  const a = prev.cards;
  const b = next.cards;
  if (a.length === b.length) {
    const put: Card[] = [];
    let aligned = true;
    for (let i = 0; i < b.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x === y) continue;
      if (x.id !== y.id) {
        aligned = false;
        break;
      }
      put.push(y);
    }
    if (aligned) return { put, remove: [] };
  }
  const before = new Map(a.map((c) => [c.id, c]));
  const put: Card[] = [];
  for (const c of b) {
    if (before.get(c.id) !== c) put.push(c);
    before.delete(c.id);
  }
  return { put, remove: [...before.keys()] };
}
