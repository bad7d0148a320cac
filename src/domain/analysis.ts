import { DEFAULT_LONG_WAIT_MIN, LANES, defaultWaitThreshold } from './lanes';
import type { JourneyMap } from './types';

/**
 * Peak–end analysis (DESIGN.md §1). Kahneman's peak–end rule: an experience is remembered by its
 * most intense moment and its end, not by its average or duration. Pure; steps without an
 * emotion are skipped, never read as 0.
 */

/** The general "long wait" (minutes) where no channel of the step says otherwise. */
export const LONG_WAIT_MIN = DEFAULT_LONG_WAIT_MIN;
/** The remembered score must trail the average by more than this to be worth saying. */
const MEMORY_GAP = 0.25;

export interface Moment {
  stepId: string;
  value: number;
  /** Marked by the user rather than computed. */
  manual: boolean;
}

export type Finding =
  | { code: 'end-is-negative'; stepId: string; value: number }
  | { code: 'peak-is-negative'; stepId: string; value: number }
  | { code: 'key-moment-negative'; stepId: string; value: number }
  | { code: 'dip-below-floor'; stepId: string; value: number; floor: number }
  | { code: 'fail-point-without-recovery'; stepId: string; cardId: string }
  | { code: 'shared-pain'; stepId: string; customer: string; staff: string }
  | { code: 'long-wait'; stepId: string; minutes: number; threshold: number; channel: string | null }
  | { code: 'remembered-below-average'; remembered: number; average: number }
  | { code: 'mark-stale'; stepId: string; mark: 'peak' | 'end'; dataStepId: string; value: number }
  | { code: 'mark-unscored'; stepId: string; mark: 'peak' | 'end' };

export type FindingCode = Finding['code'];

export interface StageSummary {
  stageId: string;
  average: number | null;
  lowest: { stepId: string; value: number } | null;
  painCount: number;
  waitMin: number;
}

export interface MarkedStep {
  stepId: string;
  /** The step's emotion, or null when unscored. */
  value: number | null;
}

export interface Analysis {
  /** Steps that have an emotion. */
  scored: number;
  steps: number;
  /** The best and the worst moment (ties to the later step). */
  high: Moment | null;
  low: Moment | null;
  /** The most intense moment; a tie between a high and a low goes to the low (losses weigh more). */
  peak: Moment | null;
  end: Moment | null;
  remembered: number | null;
  average: number | null;
  /**
   * Average weighted by step duration, over the `weightedSteps` steps that have both; null when
   * fewer than half of the scored steps have a duration (it would speak for too few).
   */
  weightedAverage: number | null;
  weightedSteps: number;
  /** Sum of emotion × minutes over steps with both (the "area under the curve"). */
  total: number | null;
  floor: number;
  belowFloor: { stepId: string; value: number }[];
  failPoints: { cardId: string; stepId: string; recoveryCardId: string | null }[];
  keyMoments: MarkedStep[];
  surprises: MarkedStep[];
  totalWaitMin: number;
  waitByStep: Record<string, number>;
  /** The wait each step counts as long, from the channels of its touchpoints (the strictest). */
  waitThreshold: Record<string, { minutes: number; channel: string | null }>;
  /** Employee emotion per step (mean of the staff lane's scored cards), where there is one. */
  staffByStep: Record<string, number>;
  stages: StageSummary[];
  /** Ordered by what to fix first. */
  findings: Finding[];
}

const FIX_ORDER: readonly FindingCode[] = [
  'end-is-negative',
  'peak-is-negative',
  'key-moment-negative',
  'dip-below-floor',
  'fail-point-without-recovery',
  'shared-pain',
  'long-wait',
  'remembered-below-average',
  'mark-stale',
  'mark-unscored',
];

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

type Scored = { id: string; emotion: number };

/** Peak: largest |emotion|. On a tie a negative moment beats a positive one, else the later wins. */
function mostIntense(scored: readonly Scored[]): Moment | null {
  let peak: Moment | null = null;
  for (const s of scored) {
    const a = Math.abs(s.emotion);
    const b = peak ? Math.abs(peak.value) : -1;
    if (a > b || (a === b && !(peak!.value < 0 && s.emotion > 0))) peak = { stepId: s.id, value: s.emotion, manual: false };
  }
  return peak;
}

function extreme(scored: readonly Scored[], better: (a: number, b: number) => boolean): Moment | null {
  let m: Moment | null = null;
  for (const s of scored) if (!m || better(s.emotion, m.value) || s.emotion === m.value) m = { stepId: s.id, value: s.emotion, manual: false };
  return m;
}

export function analyzeJourney(map: JourneyMap): Analysis {
  const steps = map.stages.flatMap((stage) => stage.steps.map((step) => ({ ...step, stageId: stage.id })));
  const index = new Map(steps.map((s, i) => [s.id, i]));
  const scored = steps.filter((s): s is typeof s & { emotion: number } => s.emotion !== null);
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type]));

  const high = extreme(scored, (a, b) => a > b);
  const low = extreme(scored, (a, b) => a < b);
  const computedPeak = mostIntense(scored);
  const last = scored[scored.length - 1];
  const computedEnd: Moment | null = last ? { stepId: last.id, value: last.emotion, manual: false } : null;

  // Manual marks win where the marked step has a score; a mark the data has moved away from is
  // kept (the team chose it) but flagged, naming the step the data now points to.
  const findings: Finding[] = [];
  const manual = (mark: 'peak' | 'end', computed: Moment | null, stale: (m: Moment) => boolean): Moment | null => {
    const id = map.marks[mark];
    if (!id || !index.has(id)) return computed;
    const step = steps[index.get(id)!]!;
    if (step.emotion === null) {
      findings.push({ code: 'mark-unscored', stepId: id, mark });
      return computed;
    }
    const m: Moment = { stepId: id, value: step.emotion, manual: true };
    if (computed && stale(m)) findings.push({ code: 'mark-stale', stepId: id, mark, dataStepId: computed.stepId, value: computed.value });
    return m;
  };
  const peak = manual('peak', computedPeak, (m) => Math.abs(m.value) < Math.abs(computedPeak!.value));
  const end = manual('end', computedEnd, (m) => m.stepId !== computedEnd!.stepId);

  const remembered = peak && end ? (peak.value + end.value) / 2 : null;
  const average = mean(scored.map((s) => s.emotion));
  const timed = scored.filter((s) => s.durationMin !== null && s.durationMin > 0);
  const totalTime = timed.reduce((a, s) => a + s.durationMin!, 0);
  const total = timed.length ? timed.reduce((a, s) => a + s.emotion * s.durationMin!, 0) : null;
  const enoughTimed = timed.length * 2 >= scored.length;
  const weightedAverage = total !== null && totalTime > 0 && enoughTimed ? total / totalTime : null;

  const floor = map.toleranceFloor;
  const belowFloor = scored.filter((s) => s.emotion < floor).map((s) => ({ stepId: s.id, value: s.emotion }));

  const cardIds = new Set(map.cards.map((c) => c.id));
  const failPoints: Analysis['failPoints'] = [];
  const waitByStep: Record<string, number> = {};
  const channelsByStep = new Map<string, string[]>();
  const painByStep = new Map<string, string[]>();
  const staffPainByStep = new Map<string, string[]>();
  const staffScores = new Map<string, number[]>();
  for (const c of map.cards) {
    const type = laneType.get(c.laneId);
    if (!type) continue;
    const spec = LANES[type];
    const fields = spec.fields;
    if (fields.includes('failPoint') && c.failPoint) {
      const link = c.recoveryCardId && cardIds.has(c.recoveryCardId) ? c.recoveryCardId : null;
      failPoints.push({ cardId: c.id, stepId: c.stepId, recoveryCardId: link });
    }
    if (fields.includes('wait') && c.waitMin) waitByStep[c.stepId] = (waitByStep[c.stepId] ?? 0) + c.waitMin;
    if (fields.includes('channel') && c.channel) push(channelsByStep, c.stepId, c.channel);
    if (spec.role === 'pain') push(painByStep, c.stepId, c.text);
    if (fields.includes('staffPain') && c.staffPain?.trim()) push(staffPainByStep, c.stepId, c.staffPain.trim());
    if (fields.includes('staffEmotion') && typeof c.staffEmotion === 'number') push(staffScores, c.stepId, c.staffEmotion);
  }
  failPoints.sort((a, b) => index.get(a.stepId)! - index.get(b.stepId)!);
  const totalWaitMin = Object.values(waitByStep).reduce((a, b) => a + b, 0);
  const staffByStep: Record<string, number> = {};
  for (const [stepId, xs] of staffScores) staffByStep[stepId] = mean(xs)!;

  const waitThreshold: Analysis['waitThreshold'] = {};
  for (const s of steps) {
    let best: { minutes: number; channel: string | null } = { minutes: map.waitThresholds?.['*'] ?? LONG_WAIT_MIN, channel: null };
    for (const ch of channelsByStep.get(s.id) ?? []) {
      const minutes = map.waitThresholds?.[ch] ?? defaultWaitThreshold(ch);
      if (best.channel === null || minutes < best.minutes) best = { minutes, channel: ch };
    }
    waitThreshold[s.id] = best;
  }

  const marked = (flag: 'keyMoment' | 'surprise'): MarkedStep[] => steps.filter((s) => s[flag]).map((s) => ({ stepId: s.id, value: s.emotion }));
  const keyMoments = marked('keyMoment');
  const surprises = marked('surprise');

  const stages: StageSummary[] = map.stages.map((stage) => {
    const own = stage.steps.filter((s) => s.emotion !== null) as { id: string; emotion: number }[];
    let lowest: StageSummary['lowest'] = null;
    for (const s of own) if (!lowest || s.emotion < lowest.value) lowest = { stepId: s.id, value: s.emotion };
    return {
      stageId: stage.id,
      average: mean(own.map((s) => s.emotion)),
      lowest,
      painCount: stage.steps.reduce((n, s) => n + (painByStep.get(s.id)?.length ?? 0), 0),
      waitMin: stage.steps.reduce((n, s) => n + (waitByStep[s.id] ?? 0), 0),
    };
  });

  if (end && end.value < 0) findings.push({ code: 'end-is-negative', stepId: end.stepId, value: end.value });
  if (peak && peak.value < 0 && peak.stepId !== end?.stepId) findings.push({ code: 'peak-is-negative', stepId: peak.stepId, value: peak.value });
  for (const k of keyMoments) {
    if (k.value !== null && k.value < 0 && k.stepId !== peak?.stepId && k.stepId !== end?.stepId) findings.push({ code: 'key-moment-negative', stepId: k.stepId, value: k.value });
  }
  for (const d of belowFloor) findings.push({ code: 'dip-below-floor', stepId: d.stepId, value: d.value, floor });
  // Service recovery is a designed action linked to the fail point, not a later step that
  // happens to feel better.
  for (const f of failPoints) if (!f.recoveryCardId) findings.push({ code: 'fail-point-without-recovery', stepId: f.stepId, cardId: f.cardId });
  for (const s of steps) {
    const customer = painByStep.get(s.id);
    const staff = staffPainByStep.get(s.id);
    if (customer && staff) findings.push({ code: 'shared-pain', stepId: s.id, customer: customer[0]!, staff: staff[0]! });
  }
  for (const s of steps) {
    const minutes = waitByStep[s.id] ?? 0;
    const { minutes: threshold, channel } = waitThreshold[s.id]!;
    if (minutes > 0 && minutes >= threshold) findings.push({ code: 'long-wait', stepId: s.id, minutes, threshold, channel });
  }
  if (remembered !== null && average !== null && remembered < average - MEMORY_GAP) {
    findings.push({ code: 'remembered-below-average', remembered, average });
  }

  findings.sort((a, b) => FIX_ORDER.indexOf(a.code) - FIX_ORDER.indexOf(b.code) || severity(b) - severity(a) || stepOrder(a) - stepOrder(b));
  function stepOrder(f: Finding): number {
    return 'stepId' in f ? index.get(f.stepId)! : 0;
  }

  return {
    scored: scored.length,
    steps: steps.length,
    high,
    low,
    peak,
    end,
    remembered,
    average,
    weightedAverage,
    weightedSteps: timed.length,
    total,
    floor,
    belowFloor,
    failPoints,
    keyMoments,
    surprises,
    totalWaitMin,
    waitByStep,
    waitThreshold,
    staffByStep,
    stages,
    findings,
  };
}

function push<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

/** Within one kind of finding, the worse one first. */
function severity(f: Finding): number {
  switch (f.code) {
    case 'end-is-negative':
    case 'peak-is-negative':
    case 'key-moment-negative':
    case 'dip-below-floor':
      return -f.value;
    case 'long-wait':
      return f.minutes;
    default:
      return 0;
  }
}

/** The step a finding is about, if any (for selecting it on the board). */
export function findingStep(f: Finding): string | null {
  return 'stepId' in f ? f.stepId : null;
}
