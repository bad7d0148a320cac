import { LANES, type LaneType } from '../lanes';
import { findStep } from '../query';
import { EMOTION_MAX, EMOTION_MIN, MAX_MINUTES, MAX_TITLE, clampText, type JourneyMap, type Lane, type Stage, type Step } from '../types';
import { insertAt, moveItem, patchObject, type Mutable } from './util';

/* Stages, steps and lanes: the grid. Invalid requests return the map unchanged. */

export function newStep(id: string, title: string): Step {
  return { id, title: clampText(title, MAX_TITLE), emotion: null, durationMin: null };
}

export function addStage(
  map: JourneyMap,
  args: { stageId: string; title: string; stepId: string; stepTitle: string; index?: number },
): JourneyMap {
  const stage: Stage = { id: args.stageId, title: clampText(args.title, MAX_TITLE), steps: [newStep(args.stepId, args.stepTitle)] };
  return { ...map, stages: insertAt(map.stages, stage, args.index) };
}

export function renameStage(map: JourneyMap, args: { stageId: string; title: string }): JourneyMap {
  const title = clampText(args.title.trim(), MAX_TITLE);
  if (!title) return map;
  return mapStage(map, args.stageId, (s) => patchObject(s, { title }));
}

export function moveStage(map: JourneyMap, args: { stageId: string; toIndex: number }): JourneyMap {
  const from = map.stages.findIndex((s) => s.id === args.stageId);
  const stages = moveItem(map.stages, from, args.toIndex);
  return stages === map.stages ? map : { ...map, stages };
}

/** Deletes a stage with its steps and their cards; the last stage cannot go. */
export function deleteStage(map: JourneyMap, args: { stageId: string }): JourneyMap {
  const stage = map.stages.find((s) => s.id === args.stageId);
  if (!stage || map.stages.length <= 1) return map;
  const stepIds = new Set(stage.steps.map((s) => s.id));
  return dropCardsWhere({ ...map, stages: map.stages.filter((s) => s !== stage) }, (c) => stepIds.has(c.stepId), stepIds);
}

export function addStep(map: JourneyMap, args: { stageId: string; stepId: string; title: string; index?: number }): JourneyMap {
  return mapStage(map, args.stageId, (s) => ({ ...s, steps: insertAt(s.steps, newStep(args.stepId, args.title), args.index) }));
}

export interface StepPatch {
  title?: string;
  durationMin?: number | null;
}

export function updateStep(map: JourneyMap, args: { stepId: string; patch: StepPatch }): JourneyMap {
  const patch: Partial<Mutable<Step>> = {};
  if (args.patch.title !== undefined) {
    const title = clampText(args.patch.title.trim(), MAX_TITLE);
    if (title) patch.title = title;
  }
  if (args.patch.durationMin !== undefined) {
    const d = args.patch.durationMin;
    patch.durationMin = d === null || !(d >= 0 && d <= MAX_MINUTES) ? null : d;
  }
  return mapStep(map, args.stepId, (s) => patchObject(s, patch));
}

/** Sets a step's emotion, rounded to a whole point and clamped to −3…+3; null clears it. */
export function setEmotion(map: JourneyMap, args: { stepId: string; value: number | null }): JourneyMap {
  let value = args.value;
  if (value !== null) {
    if (!Number.isFinite(value)) return map;
    value = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(value)));
    if (Object.is(value, -0)) value = 0;
  }
  return mapStep(map, args.stepId, (s) => (s.emotion === value ? s : { ...s, emotion: value }));
}

/** Moves a step to `toIndex` of stage `toStageId` (which may be another stage). */
export function moveStep(map: JourneyMap, args: { stepId: string; toStageId: string; toIndex: number }): JourneyMap {
  const found = findStep(map, args.stepId);
  const target = map.stages.find((s) => s.id === args.toStageId);
  if (!found || !target) return map;
  if (found.stage.id === target.id) {
    return mapStage(map, target.id, (s) => {
      const steps = moveItem(s.steps, found.index, args.toIndex);
      return steps === s.steps ? s : { ...s, steps };
    });
  }
  if (found.stage.steps.length <= 1) return map; // a stage keeps at least one step
  const stages = map.stages.map((s) => {
    if (s.id === found.stage.id) return { ...s, steps: s.steps.filter((st) => st.id !== args.stepId) };
    if (s.id === target.id) return { ...s, steps: insertAt(s.steps, found.step, args.toIndex) };
    return s;
  });
  return { ...map, stages };
}

/** Deletes a step and its cards; the only step of a stage cannot go (delete the stage instead). */
export function deleteStep(map: JourneyMap, args: { stepId: string }): JourneyMap {
  const found = findStep(map, args.stepId);
  if (!found || found.stage.steps.length <= 1) return map;
  const next = mapStage(map, found.stage.id, (s) => ({ ...s, steps: s.steps.filter((st) => st.id !== args.stepId) }));
  return dropCardsWhere(next, (c) => c.stepId === args.stepId, new Set([args.stepId]));
}

export function addLane(map: JourneyMap, args: { laneId: string; type: LaneType; title: string; index?: number }): JourneyMap {
  const lane: Lane = { id: args.laneId, type: args.type, title: clampText(args.title, MAX_TITLE) };
  return { ...map, lanes: insertAt(map.lanes, lane, args.index) };
}

/** Renames a lane or changes its type; a lane with cards cannot become one that holds none. */
export function updateLane(map: JourneyMap, args: { laneId: string; patch: { title?: string; type?: LaneType } }): JourneyMap {
  const type = args.patch.type;
  if (type && !LANES[type].hasCards && map.cards.some((c) => c.laneId === args.laneId)) return map;
  const patch: Partial<Mutable<Lane>> = { type: args.patch.type };
  const title = args.patch.title === undefined ? '' : clampText(args.patch.title.trim(), MAX_TITLE);
  if (title) patch.title = title;
  let changed = false;
  const lanes = map.lanes.map((l) => {
    if (l.id !== args.laneId) return l;
    const next = patchObject(l, patch);
    changed = next !== l;
    return next;
  });
  return changed ? { ...map, lanes } : map;
}

export function moveLane(map: JourneyMap, args: { laneId: string; toIndex: number }): JourneyMap {
  const from = map.lanes.findIndex((l) => l.id === args.laneId);
  const lanes = moveItem(map.lanes, from, args.toIndex);
  return lanes === map.lanes ? map : { ...map, lanes };
}

/** Deletes a lane and its cards; the last lane cannot go. */
export function deleteLane(map: JourneyMap, args: { laneId: string }): JourneyMap {
  if (map.lanes.length <= 1 || !map.lanes.some((l) => l.id === args.laneId)) return map;
  const next = { ...map, lanes: map.lanes.filter((l) => l.id !== args.laneId) };
  return dropCardsWhere(next, (c) => c.laneId === args.laneId, new Set());
}

/* helpers */

function mapStage(map: JourneyMap, stageId: string, fn: (s: Stage) => Stage): JourneyMap {
  let changed = false;
  const stages = map.stages.map((s) => {
    if (s.id !== stageId) return s;
    const next = fn(s);
    changed = next !== s;
    return next;
  });
  return changed ? { ...map, stages } : map;
}

function mapStep(map: JourneyMap, stepId: string, fn: (s: Step) => Step): JourneyMap {
  const found = findStep(map, stepId);
  if (!found) return map;
  return mapStage(map, found.stage.id, (stage) => {
    const step = fn(found.step);
    if (step === found.step) return stage;
    return { ...stage, steps: stage.steps.map((s) => (s.id === stepId ? step : s)) };
  });
}

/** Removes cards matching `drop`, their connections, and manual marks on removed steps. */
function dropCardsWhere(
  map: JourneyMap,
  drop: (c: JourneyMap['cards'][number]) => boolean,
  removedSteps: ReadonlySet<string>,
): JourneyMap {
  const removed = new Set(map.cards.filter(drop).map((c) => c.id));
  const marks = {
    peak: map.marks.peak && removedSteps.has(map.marks.peak) ? null : map.marks.peak,
    end: map.marks.end && removedSteps.has(map.marks.end) ? null : map.marks.end,
  };
  return {
    ...map,
    marks: marks.peak === map.marks.peak && marks.end === map.marks.end ? map.marks : marks,
    cards: removed.size ? map.cards.filter((c) => !removed.has(c.id)) : map.cards,
    connections: removed.size
      ? map.connections.filter((k) => !removed.has(k.from) && !removed.has(k.to))
      : map.connections,
  };
}
