import { select } from '../../store/uiStore';
import { focusCard, focusHeader } from '../board/boardApi';

/** Selects a step on the board and brings it into view (from a finding). */
export function showStep(stepId: string): void {
  select({ kind: 'step', id: stepId });
  focusHeader(`step:${stepId}`);
}

export function showCard(cardId: string): void {
  select({ kind: 'card', id: cardId });
  focusCard(cardId);
}
