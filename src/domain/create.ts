import { cloneComments } from './comments';
import { BLUEPRINT_LANES, JOURNEY_LANES, type LaneType } from './lanes';
import { EMPTY_PERSONA, MAX_TITLE, SCHEMA_VERSION, clampText, type JourneyMap, type MapKind } from './types';
import { newStep } from './edit/structure';

/** Texts for a new map in the user's language; the domain knows no language. */
export interface NewMapLabels {
  title: string;
  stage: (n: number) => string;
  step: (n: number) => string;
  lane: (type: LaneType) => string;
}

/** A new map: one stage of three steps and the lanes of its kind. `ids` yields fresh ids. */
export function createMap(args: { id: string; kind: MapKind; labels: NewMapLabels; ids: () => string; now: number }): JourneyMap {
  const { labels, ids } = args;
  const laneTypes = args.kind === 'blueprint' ? BLUEPRINT_LANES : JOURNEY_LANES;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: args.id,
    kind: args.kind,
    title: labels.title,
    persona: EMPTY_PERSONA,
    scenario: '',
    expectations: '',
    toleranceFloor: -2,
    marks: { peak: null, end: null },
    stages: [{ id: ids(), title: labels.stage(1), steps: [1, 2, 3].map((n) => newStep(ids(), labels.step(n))) }],
    lanes: laneTypes.map((type) => ({ id: ids(), type, title: labels.lane(type) })),
    cards: [],
    connections: [],
    createdAt: args.now,
  };
}

/**
 * A copy with fresh ids throughout (for "Duplicate"), connections and marks remapped. The title
 * is cut to the limit: "(copy)" after a 500-character title must not make a map that cannot open.
 */
export function cloneMap(map: JourneyMap, args: { id: string; title: string; ids: () => string; now: number }): JourneyMap {
  const remap = new Map<string, string>();
  const fresh = (old: string) => {
    const id = args.ids();
    remap.set(old, id);
    return id;
  };
  const stages = map.stages.map((s) => ({ ...s, id: fresh(s.id), steps: s.steps.map((st) => ({ ...st, id: fresh(st.id) })) }));
  const lanes = map.lanes.map((l) => ({ ...l, id: fresh(l.id) }));
  const cards = map.cards
    .map((c) => ({ ...c, id: fresh(c.id), laneId: remap.get(c.laneId)!, stepId: remap.get(c.stepId)! }))
    .map((c) => (c.recoveryCardId ? { ...c, recoveryCardId: remap.get(c.recoveryCardId) ?? null } : c));
  const connections = map.connections.map((k) => ({ ...k, id: args.ids(), from: remap.get(k.from)!, to: remap.get(k.to)! }));
  const mark = (id: string | null) => (id ? (remap.get(id) ?? null) : null);
  const backlog = map.backlog?.map((item) => ({
    ...item,
    id: args.ids(),
    stepId: mark(item.stepId),
    source: item.source.kind === 'card' ? { kind: 'card' as const, cardId: remap.get(item.source.cardId) ?? item.source.cardId } : item.source,
  }));
  return {
    ...map,
    id: args.id,
    title: clampText(args.title.trim(), MAX_TITLE) || map.title,
    stages,
    lanes,
    cards,
    connections,
    marks: { peak: mark(map.marks.peak), end: mark(map.marks.end) },
    ...(backlog ? { backlog } : {}),
    ...(map.comments ? { comments: cloneComments(map.comments, remap, args.ids) } : {}),
    createdAt: args.now,
  };
}
