import { createMap } from '../domain/create';
import type { LaneType } from '../domain/lanes';
import type { JourneyMap, MapKind } from '../domain/types';

/** Deterministic ids: "id1", "id2", … */
export function idCounter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

export const labels = {
  title: 'Test map',
  stage: (n: number) => `Stage ${n}`,
  step: (n: number) => `Step ${n}`,
  lane: (type: LaneType) => type,
};

export function makeMap(kind: MapKind = 'blueprint', id = 'map1'): JourneyMap {
  return createMap({ id, kind, labels, ids: idCounter(`${id}-`), now: 1 });
}

export function laneOf(map: JourneyMap, type: LaneType): string {
  return map.lanes.find((l) => l.type === type)!.id;
}

export function stepIds(map: JourneyMap): string[] {
  return map.stages.flatMap((s) => s.steps.map((st) => st.id));
}
