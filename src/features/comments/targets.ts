import type { TFunction } from 'i18next';
import type { CommentTarget } from '../../domain/comments';
import { findCard, findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { select } from '../../store/uiStore';
import { showCard, showStep } from '../analysis/goTo';
import { focusHeader } from '../board/boardApi';

/** What a thread is on, in a few words: the card's text, the step's or stage's title. */
export function targetName(doc: JourneyMap, target: CommentTarget): string {
  const raw =
    target.kind === 'card'
      ? (findCard(doc, target.id)?.text ?? '')
      : target.kind === 'step'
        ? (findStep(doc, target.id)?.step.title ?? '')
        : (doc.stages.find((s) => s.id === target.id)?.title ?? '');
  const line = raw.split('\n')[0]!.trim();
  return line.length > 48 ? `${line.slice(0, 48)}…` : line;
}

export function targetLabel(doc: JourneyMap, target: CommentTarget, t: TFunction): string {
  return t('comments.onTarget', { kind: t(`comments.on.${target.kind}`), name: targetName(doc, target) });
}

/** Selects the item on the board and brings it into view. */
export function jumpTo(target: CommentTarget): void {
  if (target.kind === 'card') showCard(target.id);
  else if (target.kind === 'step') showStep(target.id);
  else {
    select({ kind: 'stage', id: target.id });
    focusHeader(`stage:${target.id}`);
  }
}
