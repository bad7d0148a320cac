import type { JourneyMap } from './types';

/**
 * The part of a map made of the given steps (for exporting some stages, or one PDF page):
 * stages keep only those steps, cards and connections outside them are left out.
 */
export function sliceSteps(map: JourneyMap, stepIds: ReadonlySet<string>): JourneyMap {
  const stages = map.stages
    .map((s) => ({ ...s, steps: s.steps.filter((st) => stepIds.has(st.id)) }))
    .filter((s) => s.steps.length > 0);
  const cards = map.cards.filter((c) => stepIds.has(c.stepId));
  const kept = new Set(cards.map((c) => c.id));
  const connections = map.connections.filter((k) => kept.has(k.from) && kept.has(k.to));
  return { ...map, stages, cards, connections };
}

export function stageSteps(map: JourneyMap, stageIds: ReadonlySet<string>): Set<string> {
  return new Set(map.stages.filter((s) => stageIds.has(s.id)).flatMap((s) => s.steps.map((st) => st.id)));
}
