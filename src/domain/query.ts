import { byTime } from './comments';
import type { Card, JourneyMap, Stage, Step } from './types';

/** Small read helpers shared by edit functions, layout and UI. All pure. */

export function allSteps(map: JourneyMap): Step[] {
  return map.stages.flatMap((s) => s.steps);
}

export function findStep(map: JourneyMap, stepId: string): { stage: Stage; step: Step; index: number } | null {
  for (const stage of map.stages) {
    const index = stage.steps.findIndex((s) => s.id === stepId);
    if (index >= 0) return { stage, step: stage.steps[index]!, index };
  }
  return null;
}

export function findLane(map: JourneyMap, laneId: string) {
  return map.lanes.find((l) => l.id === laneId) ?? null;
}

export function findCard(map: JourneyMap, cardId: string): Card | null {
  return map.cards.find((c) => c.id === cardId) ?? null;
}

/** Cards of one cell in display order. */
export function cellCards(map: JourneyMap, laneId: string, stepId: string): Card[] {
  return map.cards.filter((c) => c.laneId === laneId && c.stepId === stepId).sort((a, b) => a.order - b.order);
}

/** Groups cards by "laneId|stepId", each group sorted by order. One pass for the whole map. */
export function cardsByCell(cards: readonly Card[]): Map<string, Card[]> {
  const out = new Map<string, Card[]>();
  for (const c of cards) {
    const key = cellKey(c.laneId, c.stepId);
    const list = out.get(key);
    if (list) list.push(c);
    else out.set(key, [c]);
  }
  for (const list of out.values()) list.sort((a, b) => a.order - b.order);
  return out;
}

export function cellKey(laneId: string, stepId: string): string {
  return `${laneId}|${stepId}`;
}

/**
 * The same map with its cards in reading order (lane, then step, then position in the cell).
 * Card array order carries no meaning; this gives loads and exports one deterministic form.
 */
export function canonical<T extends JourneyMap>(map: T): T {
  const lane = new Map(map.lanes.map((l, i) => [l.id, i]));
  const step = new Map(allSteps(map).map((s, i) => [s.id, i]));
  const cards = map.cards
    .slice()
    .sort((a, b) => lane.get(a.laneId)! - lane.get(b.laneId)! || step.get(a.stepId)! - step.get(b.stepId)! || a.order - b.order || (a.id < b.id ? -1 : 1));
  // Comments oldest first and people by id: the order every replica's snapshot has.
  const extra = {
    ...(map.comments ? { comments: map.comments.slice().sort(byTime) } : {}),
    ...(map.people ? { people: map.people.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) } : {}),
  };
  return { ...map, cards, ...extra };
}
