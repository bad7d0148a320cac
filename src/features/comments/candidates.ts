import type { Person } from '../../domain/people';
import type { Person as PresentPerson } from '../presence/peers';

/**
 * Who can be `@mentioned`: everyone who wrote on the map (its people) and everyone here now
 * (presence), once each; the map's record wins for someone in both. A person mentioned while
 * only present joins the map's people with the comment, so the mention reads the same for all.
 */
export function mentionCandidates(known: readonly Person[], present: readonly PresentPerson[]): Person[] {
  const ids = new Set(known.map((p) => p.id));
  return [...known, ...present.filter((p) => p.name && !ids.has(p.id)).map(({ id, name, color }) => ({ id, name, color }))];
}
