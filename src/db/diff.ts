import type { Card, JourneyMap } from '../domain/types';

/**
 * What changed between two versions of a document. Edits replace only the objects they touch,
 * so an unchanged card is the same object in both versions and a reference check finds changes.
 */
export function diffCards(prev: JourneyMap | null, next: JourneyMap): { put: Card[]; remove: string[] } {
  if (!prev || prev.cards === next.cards) return { put: prev ? [] : next.cards.slice(), remove: [] };
  const before = new Map(prev.cards.map((c) => [c.id, c]));
  const put: Card[] = [];
  for (const c of next.cards) {
    if (before.get(c.id) !== c) put.push(c);
    before.delete(c.id);
  }
  return { put, remove: [...before.keys()] };
}
