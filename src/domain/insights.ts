import { CHANNELS, LANES, METRICS, inScale, type Channel, type MetricType } from './lanes';
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
  counts: Record<string, Record<Channel, number>>;
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
  // Built-in channels in registry order, then the team's own in the order they were added.
  const own = [...(map.customChannels ?? []), ...[...used].filter((c) => !(CHANNELS as readonly string[]).includes(c))];
  const channels = [...new Set([...CHANNELS.filter((ch) => used.has(ch)), ...own.filter((c) => used.has(c))])];
  const gaps = map.stages.flatMap((s) => channels.filter((ch) => !counts[s.id]![ch]).map((channel) => ({ stageId: s.id, channel })));
  return { channels, counts, gaps };
}

export interface MetricRollup {
  stageId: string;
  type: MetricType;
  /** Sample-size weighted where every card has a size; otherwise the plain mean. Null when every value was out of scale. */
  value: number | null;
  cards: number;
  sample: number | null;
  weighted: boolean;
  /** Cards left out because their value lies outside the metric's scale. */
  outOfScale: number;
}

/**
 * Metrics rolled up per stage and type. Only like is averaged with like (a CSAT on 1–5 never with
 * a CSAT in %), and a value outside its scale is left out and counted, never averaged in.
 */
export function metricRollup(map: JourneyMap): MetricRollup[] {
  const metricLanes = new Set(map.lanes.filter((l) => LANES[l.type].fields.includes('metric')).map((l) => l.id));
  const out: MetricRollup[] = [];
  for (const stage of map.stages) {
    const steps = new Set(stage.steps.map((s) => s.id));
    const byType = new Map<MetricType, { list: { value: number; sample: number | null }[]; outOfScale: number }>();
    for (const c of map.cards) {
      if (!metricLanes.has(c.laneId) || !steps.has(c.stepId) || !c.metricType || c.metricValue === null || !(c.metricType in METRICS)) continue;
      const entry = byType.get(c.metricType) ?? { list: [], outOfScale: 0 };
      if (inScale(c.metricType, c.metricValue)) entry.list.push({ value: c.metricValue, sample: c.sampleSize && c.sampleSize > 0 ? c.sampleSize : null });
      else entry.outOfScale += 1;
      byType.set(c.metricType, entry);
    }
    for (const [type, { list, outOfScale }] of byType) {
      if (!list.length) {
        out.push({ stageId: stage.id, type, value: null, cards: 0, sample: null, weighted: false, outOfScale });
        continue;
      }
      const weighted = list.every((m) => m.sample !== null);
      const sample = weighted ? list.reduce((a, m) => a + m.sample!, 0) : null;
      const value = weighted ? list.reduce((a, m) => a + m.value * m.sample!, 0) / sample! : list.reduce((a, m) => a + m.value, 0) / list.length;
      out.push({ stageId: stage.id, type, value, cards: list.length, sample, weighted, outOfScale });
    }
  }
  return out;
}

export interface Delta {
  /** Current state. */
  a: number | null;
  /** Future state. */
  b: number | null;
  /** b − a: positive means the future state is better, except where lower is better. */
  delta: number | null;
}

export interface Comparison {
  remembered: Delta;
  average: Delta;
  peak: Delta;
  end: Delta;
  low: Delta;
  belowFloor: Delta;
  failPointsWithoutRecovery: Delta;
  /** Each curve as points on a 0…1 x axis (steps spread evenly), null where unscored. */
  curves: { a: (number | null)[]; b: (number | null)[] };
}

/** The current state (a) against the future state (b); deltas are b − a, from current to future. */
export function compareMaps(current: JourneyMap, future: JourneyMap): Comparison {
  const x = analyzeJourney(current);
  const y = analyzeJourney(future);
  const d = (p: number | null | undefined, q: number | null | undefined): Delta => {
    const a = p ?? null;
    const b = q ?? null;
    return { a, b, delta: a === null || b === null ? null : b - a };
  };
  const unrecovered = (z: typeof x) => z.findings.filter((f) => f.code === 'fail-point-without-recovery').length;
  const curve = (m: JourneyMap) => m.stages.flatMap((s) => s.steps.map((st) => st.emotion));
  return {
    remembered: d(x.remembered, y.remembered),
    average: d(x.average, y.average),
    peak: d(x.peak?.value, y.peak?.value),
    end: d(x.end?.value, y.end?.value),
    low: d(x.low?.value, y.low?.value),
    belowFloor: d(x.belowFloor.length, y.belowFloor.length),
    failPointsWithoutRecovery: d(unrecovered(x), unrecovered(y)),
    curves: { a: curve(current), b: curve(future) },
  };
}

/** Improvement items per step (for the count on the board's step header). */
export function backlogByStep(map: JourneyMap): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of map.backlog ?? []) if (item.stepId && item.status !== 'done') out[item.stepId] = (out[item.stepId] ?? 0) + 1;
  return out;
}

export type Quadrant = 'quickWin' | 'majorProject' | 'fillIn' | 'thankless';

/** Impact × effort: high impact and low effort first ("quick wins"); 3 counts as high. */
export function quadrant(item: { impact: number; effort: number }): Quadrant {
  const high = item.impact >= 3;
  const cheap = item.effort < 3;
  return high ? (cheap ? 'quickWin' : 'majorProject') : cheap ? 'fillIn' : 'thankless';
}
