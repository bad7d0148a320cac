import { EMOTION_MAX, EMOTION_MIN, MAX_TITLE, clampText, type JourneyMap, type MomentMarks, type Persona } from '../types';
import { findStep } from '../query';
import { patchObject } from './util';

export function setTitle(map: JourneyMap, args: { title: string }): JourneyMap {
  const title = clampText(args.title.trim(), MAX_TITLE);
  if (!title || title === map.title) return map;
  return { ...map, title };
}

export interface MapInfoPatch {
  persona?: Partial<Persona>;
  scenario?: string;
  expectations?: string;
  toleranceFloor?: number;
}

export function updateMapInfo(map: JourneyMap, patch: MapInfoPatch): JourneyMap {
  const clamp = (v: string | undefined, max?: number) => (v === undefined ? undefined : clampText(v, max));
  const pp = patch.persona;
  const persona = pp
    ? patchObject(map.persona, { name: clamp(pp.name, MAX_TITLE), role: clamp(pp.role, MAX_TITLE), goals: clamp(pp.goals), frustrations: clamp(pp.frustrations), quote: clamp(pp.quote), color: pp.color === undefined || pp.color === null || /^#[0-9a-fA-F]{6}$/.test(pp.color) ? pp.color : null })
    : map.persona;
  let toleranceFloor = map.toleranceFloor;
  if (patch.toleranceFloor !== undefined && Number.isFinite(patch.toleranceFloor)) {
    toleranceFloor = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, patch.toleranceFloor));
  }
  const next = patchObject(map, {
    persona,
    scenario: clamp(patch.scenario),
    expectations: clamp(patch.expectations),
    toleranceFloor,
  });
  return next;
}

/** Marks a step as the peak or the end (null clears the manual mark). */
export function setMark(map: JourneyMap, args: { kind: keyof MomentMarks; stepId: string | null }): JourneyMap {
  if (args.stepId !== null && !findStep(map, args.stepId)) return map;
  if (map.marks[args.kind] === args.stepId) return map;
  return { ...map, marks: { ...map.marks, [args.kind]: args.stepId } };
}
