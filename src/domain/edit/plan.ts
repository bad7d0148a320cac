import { isBuiltinChannel } from '../lanes';
import { findStep } from '../query';
import { BACKLOG_STATUSES, MAX_TEXT, MAX_TITLE, clampText, type BacklogItem, type JourneyMap } from '../types';
import { patchObject } from './util';

/*
 * Intents for moments of truth and surprises, the map's own channels and wait thresholds, and the
 * improvement backlog. Each returns the same map when nothing changes (so no-ops add no undo step).
 */

export type StepFlag = 'keyMoment' | 'surprise';

/** Marks or unmarks a step as a moment of truth (关键时刻) or a surprise (惊喜点). */
export function setStepFlag(map: JourneyMap, args: { stepId: string; flag: StepFlag; on: boolean }): JourneyMap {
  const found = findStep(map, args.stepId);
  if (!found || !!found.step[args.flag] === args.on) return map;
  const step = { ...found.step };
  if (args.on) step[args.flag] = true;
  else delete step[args.flag];
  const stages = map.stages.map((s) => (s !== found.stage ? s : { ...s, steps: s.steps.map((st) => (st.id === args.stepId ? step : st)) }));
  return { ...map, stages };
}

const MAX_CHANNEL = 100;

/** Adds a channel of the team's own (by name); a built-in key or a name already there adds nothing. */
export function addCustomChannel(map: JourneyMap, args: { name: string }): JourneyMap {
  const name = args.name.trim().slice(0, MAX_CHANNEL);
  const list = map.customChannels ?? [];
  if (!name || isBuiltinChannel(name) || list.includes(name)) return map;
  return { ...map, customChannels: [...list, name] };
}

/** Removes a channel of the team's own from the list; cards that use it keep their text. */
export function removeCustomChannel(map: JourneyMap, args: { name: string }): JourneyMap {
  const list = map.customChannels ?? [];
  if (!list.includes(args.name)) return map;
  return { ...map, customChannels: list.filter((c) => c !== args.name) };
}

/** Sets this map's "long wait" for a channel ('*' for steps without a channel); null restores the default. */
export function setWaitThreshold(map: JourneyMap, args: { channel: string; minutes: number | null }): JourneyMap {
  const current = map.waitThresholds ?? {};
  if (args.minutes === null) {
    if (!(args.channel in current)) return map;
    const { [args.channel]: _gone, ...rest } = current;
    return { ...map, waitThresholds: rest };
  }
  if (!Number.isFinite(args.minutes) || args.minutes < 0) return map;
  const minutes = Math.min(1_000_000, args.minutes);
  if (current[args.channel] === minutes) return map;
  return { ...map, waitThresholds: { ...current, [args.channel]: minutes } };
}

export type BacklogPatch = Partial<Omit<BacklogItem, 'id' | 'source'>>;

const clampScore = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

type Draft = { -readonly [K in keyof BacklogPatch]: BacklogPatch[K] };

function clean(patch: BacklogPatch, map: JourneyMap): Draft {
  const out: Draft = {};
  if (patch.title !== undefined) out.title = clampText(patch.title.trim(), MAX_TEXT);
  if (patch.department !== undefined) out.department = clampText(patch.department.trim(), MAX_TITLE);
  if (patch.owner !== undefined) out.owner = clampText(patch.owner.trim(), MAX_TITLE);
  if (patch.due !== undefined) out.due = /^\d{4}-\d{2}-\d{2}$/.test(patch.due) ? patch.due : '';
  if (patch.status !== undefined && BACKLOG_STATUSES.includes(patch.status)) out.status = patch.status;
  if (patch.impact !== undefined && Number.isFinite(patch.impact)) out.impact = clampScore(patch.impact);
  if (patch.effort !== undefined && Number.isFinite(patch.effort)) out.effort = clampScore(patch.effort);
  if (patch.stepId !== undefined) out.stepId = patch.stepId && findStep(map, patch.stepId) ? patch.stepId : null;
  return out;
}

/** Adds an improvement item; an item without a title, or with an id already used, adds nothing. */
export function addBacklogItem(map: JourneyMap, args: { item: BacklogItem }): JourneyMap {
  const list = map.backlog ?? [];
  if (list.some((i) => i.id === args.item.id)) return map;
  const item: BacklogItem = { ...args.item, ...clean(args.item, map) };
  if (!item.title) return map;
  return { ...map, backlog: [...list, item] };
}

export function updateBacklogItem(map: JourneyMap, args: { id: string; patch: BacklogPatch }): JourneyMap {
  const list = map.backlog ?? [];
  const patch = clean(args.patch, map);
  if (patch.title === '') delete patch.title; // an item keeps a title; delete it instead
  let changed = false;
  const backlog = list.map((i) => {
    if (i.id !== args.id) return i;
    const next = patchObject<BacklogItem>(i, patch);
    changed = next !== i;
    return next;
  });
  return changed ? { ...map, backlog } : map;
}

export function deleteBacklogItem(map: JourneyMap, args: { id: string }): JourneyMap {
  const list = map.backlog ?? [];
  if (!list.some((i) => i.id === args.id)) return map;
  return { ...map, backlog: list.filter((i) => i.id !== args.id) };
}
