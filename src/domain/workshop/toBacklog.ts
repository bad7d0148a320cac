import { addBacklogItem } from '../edit/plan';
import { findCard } from '../query';
import type { JourneyMap } from '../types';

/**
 * The top cards of a vote become improvement items in one edit (one undo step): each with its
 * card's text, step and owning department, in ranked order. A card already in the backlog is
 * not added twice; a card deleted since the vote is skipped.
 */
export function addVotedToBacklog(map: JourneyMap, args: { cards: readonly string[]; ids: readonly string[] }): JourneyMap {
  const already = new Set((map.backlog ?? []).flatMap((i) => (i.source.kind === 'card' ? [i.source.cardId] : [])));
  let next = map;
  args.cards.forEach((cardId, i) => {
    const card = findCard(map, cardId);
    const id = args.ids[i];
    if (!card || !id || already.has(cardId)) return;
    next = addBacklogItem(next, {
      item: { id, title: card.text, stepId: card.stepId, source: { kind: 'card', cardId }, department: card.owner, owner: '', due: '', status: 'proposed', impact: 3, effort: 3 },
    });
  });
  return next;
}
