import { CHANNELS, LANES, type Channel, type MetricType } from './lanes';
import type { JourneyMap } from './types';
import { analyzeJourney } from './analysis';

/** Reports built beside the peak–end analysis: owners, channels, metrics, comparison. Pure. */

export interface OwnerGroup {
  /** '' for pain points nobody owns yet. */
  owner: string;
  items: { cardId: string; stepId: string; text: string; rootCause: string }[];
}

/** Pain points grouped by owning department, largest group first, unowned last. */
export function painByOwner(map: JourneyMap): OwnerGroup[] {
  const painLanes = new Set(map.lanes.filter((l) => LANES[l.type].role === 'pain').map((l) => l.id));
  const order = new Map(map.stages.flatMap((s) => s.steps).map((s, i) => [s.id, i]));
  const groups = new Map<string, OwnerGroup>();
  for (const c of map.cards) {
    if (!painLanes.has(c.laneId)) continue;
    const owner = c.owner.trim();
    const key = owner.toLocaleLowerCase();
    const g = groups.get(key) ?? { owner, items: [] };
    g.items.push({ cardId: c.id, stepId: c.stepId, text: c.text, rootCause: c.rootCause.trim() });
    groups.set(key, g);
  }
  const out = [...groups.values()];
  for (const g of out) g.items.sort((a, b) => order.get(a.stepId)! - order.get(b.stepId)!);
  return out.sort((a, b) => (a.owner === '' ? 1 : 0) - (b.owner === '' ? 1 : 0) || b.items.length - a.items.length || a.owner.localeCompare(b.owner));
}

export interface ChannelCoverage {
  /** Channels used anywhere in the map, in registry order. */
  channels: Channel[];
  /** stageId → channel → number of touchpoints. */
  counts: Record<string, Partial<Record<Channel, number>>>;
  /** Cells where a channel used elsewhere is missing from a stage. */
  gaps: { stageId: string; channel: Channel }[];
}

export function channelCoverage(map: JourneyMap): ChannelCoverage {
  const stageOf = new Map(map.stages.flatMap((s) => s.steps.map((st) => [st.id, s.id] as const)));
  const touchLanes = new Set(map.lanes.filter((l) => LANES[l.type].fields.includes('channel')).map((l) => l.id));
  const counts: ChannelCoverage['counts'] = Object.fromEntries(map.stages.map((s) => [s.id, {}]));
  const used = new Set<Channel>();
  for (const c of map.cards) {
    if (!touchLanes.has(c.laneId) || !c.channel) continue;
    const row = counts[stageOf.get(c.stepId)!]!;
    row[c.channel] = (row[c.channel] ?? 0) + 1;
    used.add(c.channel);
  }
  const channels = CHANNELS.filter((ch) => used.has(ch));
  const gaps = map.stages.flatMap((s) => channels.filter((ch) => !counts[s.id]![ch]).map((channel) => ({ stageId: s.id, channel })));
  return { channels, counts, gaps };
}

export interface MetricRollup {
  stageId: string;
  type: MetricType;
  /** Sample-size weighted where every card has a size; otherwise the plain mean. */
  value: number;
  cards: number;
  sample: number | null;
  weighted: boolean;
}

export function metricRollup(map: JourneyMap): MetricRollup[] {
  const metricLanes = new Set(map.lanes.filter((l) => LANES[l.type].fields.includes('metric')).map((l) => l.id));
  const out: MetricRollup[] = [];
  for (const stage of map.stages) {
    const steps = new Set(stage.steps.map((s) => s.id));
    const byType = new Map<MetricType, { value: number; sample: number | null }[]>();
    for (const c of map.cards) {
      if (!metricLanes.has(c.laneId) || !steps.has(c.stepId) || !c.metricType || c.metricValue === null) continue;
      const list = byType.get(c.metricType) ?? [];
      list.push({ value: c.metricValue, sample: c.sampleSize && c.sampleSize > 0 ? c.sampleSize : null });
      byType.set(c.metricType, list);
    }
    for (const [type, list] of byType) {
      const weighted = list.every((m) => m.sample !== null);
      const sample = weighted ? list.reduce((a, m) => a + m.sample!, 0) : null;
      const value = weighted ? list.reduce((a, m) => a + m.value * m.sample!, 0) / sample! : list.reduce((a, m) => a + m.value, 0) / list.length;
      out.push({ stageId: stage.id, type, value, cards: list.length, sample, weighted });
    }
  }
  return out;
}

export interface Comparison {
  remembered: { a: number | null; b: number | null; delta: number | null };
  average: { a: number | null; b: number | null; delta: number | null };
  /** Each curve as points on a 0…1 x axis (steps spread evenly), null where unscored. */
  curves: { a: (number | null)[]; b: (number | null)[] };
}

/** Current state (a) against future state (b); deltas are b − a (positive: b is better). */
export function compareMaps(a: JourneyMap, b: JourneyMap): Comparison {
  const x = analyzeJourney(a);
  const y = analyzeJourney(b);
  const delta = (p: number | null, q: number | null) => (p === null || q === null ? null : q - p);
  const curve = (m: JourneyMap) => m.stages.flatMap((s) => s.steps.map((st) => st.emotion));
  return {
    remembered: { a: x.remembered, b: y.remembered, delta: delta(x.remembered, y.remembered) },
    average: { a: x.average, b: y.average, delta: delta(x.average, y.average) },
    curves: { a: curve(a), b: curve(b) },
  };
}
