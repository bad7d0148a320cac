import { getDoc } from '../../store/docStore';
import { focusCard, focusCell } from './boardApi';
import { neighbour, type Spot } from './navigation';

/** Moves focus to a spot of the board. */
export function goTo(spot: Spot | null): boolean {
  if (!spot) return false;
  if (spot.kind === 'cell') focusCell(spot.laneId, spot.stepId);
  else focusCard(spot.id);
  return true;
}

export function goArrow(from: Spot, key: string): boolean {
  const doc = getDoc();
  if (!doc || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(key)) return false;
  return goTo(neighbour(doc, from, key as 'ArrowUp'));
}
