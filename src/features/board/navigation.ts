import { LANES } from '../../domain/lanes';
import { cardsByCell, cellKey } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';

/**
 * Arrow-key movement over the board, read as columns: going down a step's column visits a
 * cell, then its cards, then the next lane's cell. Left/right keep the lane. Emotion rows are
 * skipped (their sliders use the arrows themselves).
 */
export type Spot = { kind: 'cell'; laneId: string; stepId: string } | { kind: 'card'; id: string };

export function neighbour(map: JourneyMap, from: Spot, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'): Spot | null {
  const steps = map.stages.flatMap((s) => s.steps);
  const lanes = map.lanes.filter((l) => LANES[l.type].hasCards);
  const byCell = cardsByCell(map.cards);
  let laneId: string;
  let stepId: string;
  let cardIndex = -1; // -1: the cell itself
  if (from.kind === 'cell') {
    laneId = from.laneId;
    stepId = from.stepId;
  } else {
    const card = map.cards.find((c) => c.id === from.id);
    if (!card) return null;
    laneId = card.laneId;
    stepId = card.stepId;
    cardIndex = (byCell.get(cellKey(laneId, stepId)) ?? []).findIndex((c) => c.id === card.id);
  }
  const li = lanes.findIndex((l) => l.id === laneId);
  const si = steps.findIndex((s) => s.id === stepId);
  const cards = (l: number) => byCell.get(cellKey(lanes[l]!.id, stepId)) ?? [];

  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const step = steps[si + (key === 'ArrowLeft' ? -1 : 1)];
    return step ? { kind: 'cell', laneId, stepId: step.id } : null;
  }
  if (key === 'ArrowDown') {
    const here = cards(li);
    if (cardIndex + 1 < here.length) return { kind: 'card', id: here[cardIndex + 1]!.id };
    const lane = lanes[li + 1];
    return lane ? { kind: 'cell', laneId: lane.id, stepId } : null;
  }
  // ArrowUp
  if (cardIndex > 0) return { kind: 'card', id: cards(li)[cardIndex - 1]!.id };
  if (cardIndex === 0) return { kind: 'cell', laneId, stepId };
  if (li <= 0) return null;
  const above = cards(li - 1);
  const last = above[above.length - 1];
  return last ? { kind: 'card', id: last.id } : { kind: 'cell', laneId: lanes[li - 1]!.id, stepId };
}

/** The next step's cell in the same lane (Tab), or null at the end. */
export function nextInLane(map: JourneyMap, laneId: string, stepId: string, delta: 1 | -1): Spot | null {
  const steps = map.stages.flatMap((s) => s.steps);
  const step = steps[steps.findIndex((s) => s.id === stepId) + delta];
  return step ? { kind: 'cell', laneId, stepId: step.id } : null;
}
