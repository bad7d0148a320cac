import * as edit from '../domain/edit';
import type { LaneType } from '../domain/lanes';
import { nextNumber } from '../domain/numbering';
import { cellCards, findCard, findStep } from '../domain/query';
import { findingStep, type Finding } from '../domain/analysis';
import type { BacklogItem, CardPatch, MomentMarks } from '../domain/types';
import { translate } from '../i18n';
import { applyEdit, getDoc, undo } from './docStore';
import { cardAuthor } from './authorship';
import { newId } from './ids';
import { canEdit } from './roomState';
import { notify, select, useUiStore } from './uiStore';

/**
 * User intents: each a thin wrapper around one pure domain function (DESIGN.md §3.2). Keyboard,
 * menus, drag handlers and tests all call these. Each returns whether the document changed.
 */

const t = translate;

export const setTitle = (title: string) => applyEdit(edit.setTitle, { title });
export const updateMapInfo = (patch: edit.MapInfoPatch) => applyEdit(edit.updateMapInfo, patch);
export const setMark = (kind: keyof MomentMarks, stepId: string | null) => applyEdit(edit.setMark, { kind, stepId });

/* stages */

export function addStage(index?: number): string | null {
  const doc = getDoc();
  if (!doc) return null;
  const stageId = newId();
  const ok = applyEdit(edit.addStage, {
    stageId,
    stepId: newId(),
    title: t('defaults.stage', { n: nextNumber(doc.stages.map((s) => s.title), (n) => t('defaults.stage', { n })) }),
    stepTitle: nextStepTitle(),
    index,
  });
  if (ok) select({ kind: 'stage', id: stageId });
  return ok ? stageId : null;
}

export const renameStage = (stageId: string, title: string) => applyEdit(edit.renameStage, { stageId, title });
export const moveStage = (stageId: string, toIndex: number) => applyEdit(edit.moveStage, { stageId, toIndex });

export function deleteStage(stageId: string): boolean {
  const stage = getDoc()?.stages.find((s) => s.id === stageId);
  const stepIds = new Set(stage?.steps.map((s) => s.id));
  const cards = getDoc()?.cards.filter((c) => stepIds.has(c.stepId)).length ?? 0;
  const ok = applyEdit(edit.deleteStage, { stageId });
  if (!ok && canEdit()) notify(t('notice.lastStage'), 'error');
  else {
    select({ kind: 'map' });
    deletedWithUndo(t('deleted.stage', { title: stage?.title ?? '', count: cards }));
  }
  return ok;
}

/* steps */

/** Adds a step after `afterStepId`, or at the end of the selected (or last) stage. */
export function addStep(afterStepId?: string): string | null {
  const doc = getDoc();
  if (!doc) return null;
  const stepId = newId();
  let stageId = doc.stages[doc.stages.length - 1]!.id;
  let index: number | undefined;
  const anchor = afterStepId ?? selectedStepId();
  const found = anchor ? findStep(doc, anchor) : null;
  const sel = useUiStore.getState().selection;
  if (found) {
    stageId = found.stage.id;
    index = found.index + 1;
  } else if (sel.kind === 'stage') {
    stageId = sel.id;
  }
  const ok = applyEdit(edit.addStep, { stageId, stepId, title: nextStepTitle(), index });
  if (ok) select({ kind: 'step', id: stepId });
  return ok ? stepId : null;
}

export const updateStep = (stepId: string, patch: edit.StepPatch) => applyEdit(edit.updateStep, { stepId, patch });
export const setEmotion = (stepId: string, value: number | null) => applyEdit(edit.setEmotion, { stepId, value });
export const moveStep = (stepId: string, toStageId: string, toIndex: number) =>
  applyEdit(edit.moveStep, { stepId, toStageId, toIndex });

/** Moves a step one place left or right, crossing into the neighbouring stage at its edge. */
export function nudgeStep(stepId: string, delta: -1 | 1): boolean {
  const doc = getDoc();
  const found = doc && findStep(doc, stepId);
  if (!doc || !found) return false;
  const to = found.index + delta;
  if (to >= 0 && to < found.stage.steps.length) return moveStep(stepId, found.stage.id, to);
  const si = doc.stages.indexOf(found.stage) + delta;
  const neighbour = doc.stages[si];
  if (!neighbour) return false;
  return moveStep(stepId, neighbour.id, delta < 0 ? neighbour.steps.length : 0);
}

export function deleteStep(stepId: string): boolean {
  const doc = getDoc();
  const title = doc ? (findStep(doc, stepId)?.step.title ?? '') : '';
  const cards = doc?.cards.filter((c) => c.stepId === stepId).length ?? 0;
  const ok = applyEdit(edit.deleteStep, { stepId });
  if (!ok && canEdit()) notify(t('notice.lastStep'), 'error');
  else {
    select({ kind: 'map' });
    deletedWithUndo(t('deleted.step', { title, count: cards }));
  }
  return ok;
}

/* lanes */

export function addLane(type: LaneType, index?: number): string | null {
  const laneId = newId();
  const ok = applyEdit(edit.addLane, { laneId, type, title: t(`lanes.${type}`), index });
  if (ok) select({ kind: 'lane', id: laneId });
  return ok ? laneId : null;
}

export const updateLane = (laneId: string, patch: { title?: string; type?: LaneType }) =>
  applyEdit(edit.updateLane, { laneId, patch });
export const moveLane = (laneId: string, toIndex: number) => applyEdit(edit.moveLane, { laneId, toIndex });

export function deleteLane(laneId: string): boolean {
  const title = getDoc()?.lanes.find((l) => l.id === laneId)?.title ?? '';
  const cards = getDoc()?.cards.filter((c) => c.laneId === laneId).length ?? 0;
  const ok = applyEdit(edit.deleteLane, { laneId });
  if (!ok && canEdit()) notify(t('notice.lastLane'), 'error');
  else {
    select({ kind: 'map' });
    deletedWithUndo(t('deleted.lane', { title, count: cards }));
  }
  return ok;
}

/* cards */

export function addCard(laneId: string, stepId: string, text: string, index?: number): string | null {
  const cardId = newId();
  return applyEdit(edit.addCard, { cardId, laneId, stepId, text, index, from: cardAuthor() }) ? cardId : null;
}

/** Several lines pasted into a cell become one card each. */
export function addCards(laneId: string, stepId: string, texts: string[]): number {
  const doc = getDoc();
  if (!doc) return 0;
  let next = doc;
  for (const text of texts) next = edit.addCard(next, { cardId: newId(), laneId, stepId, text, from: cardAuthor() });
  return applyEdit(() => next, null) ? next.cards.length - doc.cards.length : 0;
}

export function updateCard(cardId: string, patch: CardPatch): boolean {
  if (patch.text !== undefined && !patch.text.trim()) return deleteCard(cardId);
  return applyEdit(edit.updateCard, { cardId, patch });
}

export const moveCard = (cardId: string, laneId: string, stepId: string, index?: number) =>
  applyEdit(edit.moveCard, { cardId, laneId, stepId, index });

export function deleteCard(cardId: string): boolean {
  const ok = applyEdit(edit.deleteCard, { cardId });
  const sel = useUiStore.getState().selection;
  if (ok && sel.kind === 'card' && sel.id === cardId) select({ kind: 'map' });
  return ok;
}

export function duplicateCard(cardId: string): string | null {
  const newIdValue = newId();
  return applyEdit(edit.duplicateCard, { cardId, newId: newIdValue }) ? newIdValue : null;
}

/** Moves a card one cell in a direction (keyboard), skipping rows that hold no cards. */
export function nudgeCard(cardId: string, dLane: number, dStep: number): boolean {
  const doc = getDoc();
  const card = doc && findCard(doc, cardId);
  if (!doc || !card) return false;
  if (dLane === 0 && dStep === 0) return false;
  const steps = doc.stages.flatMap((s) => s.steps);
  const si = steps.findIndex((s) => s.id === card.stepId) + dStep;
  const cardLanes = doc.lanes.filter((l) => l.type !== 'emotion');
  const li = cardLanes.findIndex((l) => l.id === card.laneId) + dLane;
  const step = steps[si];
  const lane = cardLanes[li];
  if (!step || !lane) return false;
  return moveCard(cardId, lane.id, step.id);
}

/** Moves a card up or down within its cell. */
export function reorderCard(cardId: string, delta: -1 | 1): boolean {
  const doc = getDoc();
  const card = doc && findCard(doc, cardId);
  if (!doc || !card) return false;
  const list = cellCards(doc, card.laneId, card.stepId);
  const to = list.findIndex((c) => c.id === cardId) + delta;
  if (to < 0 || to >= list.length) return false;
  return moveCard(cardId, card.laneId, card.stepId, to);
}

/* connections */

export function addConnection(from: string, to: string, twoWay = false): string | null {
  const id = newId();
  return applyEdit(edit.addConnection, { id, from, to, twoWay }) ? id : null;
}

export const updateConnection = (id: string, patch: { twoWay?: boolean; label?: string }) =>
  applyEdit(edit.updateConnection, { id, patch });
export const reverseConnection = (id: string) => applyEdit(edit.reverseConnection, { id });

export function deleteConnection(id: string): boolean {
  const ok = applyEdit(edit.deleteConnection, { id });
  if (ok) select({ kind: 'map' });
  return ok;
}

/* helpers */

/**
 * Says what a delete took (a stage with fifteen cards is never removed silently) and offers
 * Undo, which undoes that delete only while it is still the latest edit.
 */
function deletedWithUndo(text: string): void {
  const after = getDoc();
  notify(text, 'info', {
    label: t('toolbar.undo'),
    run: () => {
      if (getDoc() === after) undo();
    },
  });
}

/** "Step 7": numbered within this map, never repeating a title it already has. */
function nextStepTitle(): string {
  const titles = getDoc()?.stages.flatMap((s) => s.steps.map((k) => k.title)) ?? [];
  return t('defaults.step', { n: nextNumber(titles, (n) => t('defaults.step', { n })) });
}

function selectedStepId(): string | undefined {
  const sel = useUiStore.getState().selection;
  if (sel.kind === 'step') return sel.id;
  if (sel.kind === 'card') return getDoc() ? (findCard(getDoc()!, sel.id)?.stepId ?? undefined) : undefined;
  return useUiStore.getState().activeCell?.stepId;
}

/* moments of truth, surprises, channels, waits, improvement backlog (issue 16) */

export const setStepFlag = (stepId: string, flag: edit.StepFlag, on: boolean) => applyEdit(edit.setStepFlag, { stepId, flag, on });
export const addCustomChannel = (name: string) => applyEdit(edit.addCustomChannel, { name });
export const removeCustomChannel = (name: string) => applyEdit(edit.removeCustomChannel, { name });
export const setWaitThreshold = (channel: string, minutes: number | null) => applyEdit(edit.setWaitThreshold, { channel, minutes });
export const updateBacklogItem = (id: string, patch: edit.BacklogPatch) => applyEdit(edit.updateBacklogItem, { id, patch });
export const deleteBacklogItem = (id: string) => applyEdit(edit.deleteBacklogItem, { id });

function addBacklog(item: Omit<BacklogItem, 'id' | 'status' | 'impact' | 'effort' | 'due'> & Partial<BacklogItem>): string | null {
  const id = newId();
  const ok = applyEdit(edit.addBacklogItem, { item: { status: 'proposed', impact: 3, effort: 3, due: '', ...item, id } });
  if (ok) notify(t('insight.addedToBacklog'), 'info');
  return ok ? id : null;
}

export const addBacklogItem = (title: string, stepId: string | null = null) =>
  addBacklog({ title, stepId, source: { kind: 'manual' }, department: '', owner: '' });

/** An opportunity (or any) card becomes an improvement item for its step. */
export function addBacklogFromCard(cardId: string): string | null {
  const card = getDoc() && findCard(getDoc()!, cardId);
  if (!card) return null;
  return addBacklog({ title: card.text, stepId: card.stepId, source: { kind: 'card', cardId }, department: card.owner, owner: '' });
}

/** A finding becomes an improvement item; its text (what is and what to do) is the first title. */
export function addBacklogFromFinding(f: Finding, text: string): string | null {
  return addBacklog({ title: text, stepId: findingStep(f), source: { kind: 'finding', code: f.code }, department: '', owner: '' });
}
