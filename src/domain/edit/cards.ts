import { IMAGE_HASH } from '../images';
import { LANES } from '../lanes';
import { cellCards, findCard, findLane, findStep } from '../query';
import { EMOTION_MAX, EMOTION_MIN, MAX_METRIC, MAX_MINUTES, MAX_SAMPLE, MAX_TITLE, clampText, type Card, type CardPatch, type JourneyMap } from '../types';
import { insertAt, patchObject, type Mutable } from './util';

export function blankCard(id: string, laneId: string, stepId: string, order: number, text: string): Card {
  return {
    id,
    laneId,
    stepId,
    order,
    text,
    color: null,
    failPoint: false,
    waitMin: null,
    channel: null,
    rootCause: '',
    owner: '',
    metricType: null,
    metricValue: null,
    sampleSize: null,
  };
}

function isCardCell(map: JourneyMap, laneId: string, stepId: string): boolean {
  const lane = findLane(map, laneId);
  return !!lane && LANES[lane.type].hasCards && !!findStep(map, stepId);
}

/** Adds a card to a cell (at `index`, default last). Blank text adds nothing. */
export function addCard(
  map: JourneyMap,
  args: { cardId: string; laneId: string; stepId: string; text: string; index?: number; from?: Partial<Card> },
): JourneyMap {
  const text = clampText(args.text.trimEnd());
  if (!text.trim() || !isCardCell(map, args.laneId, args.stepId) || findCard(map, args.cardId)) return map;
  const card: Card = { ...blankCard(args.cardId, args.laneId, args.stepId, 0, text), ...stripIdentity(args.from) };
  return placeCard({ ...map, cards: [...map.cards, card] }, card, args.laneId, args.stepId, args.index);
}

export function updateCard(map: JourneyMap, args: { cardId: string; patch: CardPatch }): JourneyMap {
  const patch: Mutable<CardPatch> = { ...args.patch };
  if (patch.text !== undefined) {
    patch.text = clampText(patch.text.trimEnd());
    if (!patch.text.trim()) delete patch.text; // an empty card is deleted, not blanked
  }
  if (patch.rootCause !== undefined) patch.rootCause = clampText(patch.rootCause);
  if (patch.owner !== undefined) patch.owner = clampText(patch.owner, MAX_TITLE);
  // Out of range is none, never a number the validator would refuse on the next load.
  if (patch.waitMin !== undefined && patch.waitMin !== null && !(patch.waitMin >= 0 && patch.waitMin <= MAX_MINUTES)) patch.waitMin = null;
  if (patch.sampleSize !== undefined && patch.sampleSize !== null && !(patch.sampleSize >= 0 && patch.sampleSize <= MAX_SAMPLE)) patch.sampleSize = null;
  if (patch.metricValue !== undefined && patch.metricValue !== null && !(Math.abs(patch.metricValue) <= MAX_METRIC)) {
    patch.metricValue = null;
  }
  if (patch.staffPain !== undefined) patch.staffPain = clampText(patch.staffPain);
  if (patch.staffEmotion !== undefined && patch.staffEmotion !== null) {
    patch.staffEmotion = Number.isFinite(patch.staffEmotion) ? Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, patch.staffEmotion)) : null;
  }
  if (patch.imageAlt !== undefined) patch.imageAlt = clampText(patch.imageAlt, MAX_TITLE);
  if (patch.image !== undefined && patch.image !== null && !IMAGE_HASH.test(patch.image)) delete patch.image;
  // A fail point's recovery is another card of the same map.
  if (patch.recoveryCardId && (patch.recoveryCardId === args.cardId || !findCard(map, patch.recoveryCardId))) delete patch.recoveryCardId;
  let changed = false;
  const cards = map.cards.map((c) => {
    if (c.id !== args.cardId) return c;
    const next = patchObject<Card>(c, patch);
    changed = next !== c;
    return next;
  });
  return changed ? { ...map, cards } : map;
}

/** Moves a card to a cell (at `index`, default last), renumbering only the cells involved. */
export function moveCard(map: JourneyMap, args: { cardId: string; laneId: string; stepId: string; index?: number }): JourneyMap {
  const card = findCard(map, args.cardId);
  if (!card || !isCardCell(map, args.laneId, args.stepId)) return map;
  const sameCell = card.laneId === args.laneId && card.stepId === args.stepId;
  if (sameCell && args.index === undefined) return map;
  return placeCard(map, card, args.laneId, args.stepId, args.index);
}

export function deleteCard(map: JourneyMap, args: { cardId: string }): JourneyMap {
  if (!findCard(map, args.cardId)) return map;
  return {
    ...map,
    cards: map.cards.filter((c) => c.id !== args.cardId).map((c) => (c.recoveryCardId === args.cardId ? { ...c, recoveryCardId: null } : c)),
    connections: map.connections.filter((k) => k.from !== args.cardId && k.to !== args.cardId),
  };
}

/** Copies a card (text, colour and fields) right after the original. */
export function duplicateCard(map: JourneyMap, args: { cardId: string; newId: string }): JourneyMap {
  const card = findCard(map, args.cardId);
  if (!card) return map;
  const index = cellCards(map, card.laneId, card.stepId).findIndex((c) => c.id === card.id) + 1;
  return addCard(map, { cardId: args.newId, laneId: card.laneId, stepId: card.stepId, text: card.text, index, from: card });
}

function stripIdentity(from?: Partial<Card>): Partial<Card> {
  if (!from) return {};
  const { id: _id, laneId: _l, stepId: _s, order: _o, ...rest } = from;
  return rest;
}

/** Puts `card` at `index` of the target cell and renumbers that cell 0..n-1. */
function placeCard(map: JourneyMap, card: Card, laneId: string, stepId: string, index?: number): JourneyMap {
  const others = cellCards(map, laneId, stepId).filter((c) => c.id !== card.id);
  const ordered = insertAt(others, card, index);
  const updates = new Map<string, Card>();
  ordered.forEach((c, order) => {
    const moved = c.id === card.id ? { ...c, laneId, stepId, order } : c.order === order ? c : { ...c, order };
    if (moved !== c || c.id === card.id) updates.set(c.id, moved);
  });
  return { ...map, cards: map.cards.map((c) => updates.get(c.id) ?? c) };
}
