import { LANES } from './lanes';
import type { JourneyMap } from './types';

/**
 * Peak–end analysis (DESIGN.md §1). Kahneman's peak–end rule: an experience is remembered by its
 * most intense moment and its end, not by its average or duration. Pure; steps without an
 * emotion are skipped, never read as 0.
 */

/** A step's total wait at or above this many minutes is a finding. */
export const LONG_WAIT_MIN = 10;
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
  | { code: 'dip-below-floor'; stepId: string; value: number; floor: number }
  | { code: 'fail-point-without-recovery'; stepId: string; cardId: string }
  | { code: 'long-wait'; stepId: string; minutes: number }
  | { code: 'remembered-below-average'; remembered: number; average: number }
  | { code: 'mark-unscored'; stepId: string; mark: 'peak' | 'end' };

export type FindingCode = Finding['code'];

export interface StageSummary {
  stageId: string;
  average: number | null;
  lowest: { stepId: string; value: number } | null;
  painCount: number;
  waitMin: number;
}

export interface Analysis {
  /** Steps that have an emotion. */
  scored: number;
  steps: number;
  peak: Moment | null;
  end: Moment | null;
  remembered: number | null;
  average: number | null;
  /** Average weighted by step duration, over steps that have both; null when none do. */
  weightedAverage: number | null;
  /** Sum of emotion × minutes over steps with both (the "area under the curve"). */
  total: number | null;
  floor: number;
  belowFloor: { stepId: string; value: number }[];
  failPoints: { cardId: string; stepId: string }[];
  totalWaitMin: number;
  waitByStep: Record<string, number>;
  stages: StageSummary[];
  /** Ordered by what to fix first. */
  findings: Finding[];
}

const FIX_ORDER: readonly FindingCode[] = [
  'end-is-negative',
  'peak-is-negative',
  'dip-below-floor',
  'fail-point-without-recovery',
  'long-wait',
  'remembered-below-average',
  'mark-unscored',
];

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function analyzeJourney(map: JourneyMap): Analysis {
  const steps = map.stages.flatMap((stage) => stage.steps.map((step) => ({ ...step, stageId: stage.id })));
  const index = new Map(steps.map((s, i) => [s.id, i]));
  const scored = steps.filter((s): s is typeof s & { emotion: number } => s.emotion !== null);
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type]));

  // Computed moments: peak = largest |emotion| (ties to the later step), end = last scored step.
  let peak: Moment | null = null;
  for (const s of scored) {
    if (!peak || Math.abs(s.emotion) >= Math.abs(peak.value)) peak = { stepId: s.id, value: s.emotion, manual: false };
  }
  const last = scored[scored.length - 1];
  let end: Moment | null = last ? { stepId: last.id, value: last.emotion, manual: false } : null;

  // Manual marks win where the marked step has a score.
  const findings: Finding[] = [];
  const manual = (mark: 'peak' | 'end'): Moment | null | undefined => {
    const id = map.marks[mark];
    if (!id || !index.has(id)) return undefined;
    const step = steps[index.get(id)!]!;
    if (step.emotion === null) {
      findings.push({ code: 'mark-unscored', stepId: id, mark });
      return undefined;
    }
    return { stepId: id, value: step.emotion, manual: true };
  };
  peak = manual('peak') ?? peak;
  end = manual('end') ?? end;

  const remembered = peak && end ? (peak.value + end.value) / 2 : null;
  const average = mean(scored.map((s) => s.emotion));
  const timed = scored.filter((s) => s.durationMin !== null && s.durationMin > 0);
  const totalTime = timed.reduce((a, s) => a + s.durationMin!, 0);
  const total = timed.length ? timed.reduce((a, s) => a + s.emotion * s.durationMin!, 0) : null;
  const weightedAverage = total !== null && totalTime > 0 ? total / totalTime : null;

  const floor = map.toleranceFloor;
  const belowFloor = scored.filter((s) => s.emotion < floor).map((s) => ({ stepId: s.id, value: s.emotion }));

  const failPoints: { cardId: string; stepId: string }[] = [];
  const waitByStep: Record<string, number> = {};
  const painByStep = new Map<string, number>();
  for (const c of map.cards) {
    const type = laneType.get(c.laneId);
    if (!type) continue;
    const fields = LANES[type].fields;
    if (fields.includes('failPoint') && c.failPoint) failPoints.push({ cardId: c.id, stepId: c.stepId });
    if (fields.includes('wait') && c.waitMin) waitByStep[c.stepId] = (waitByStep[c.stepId] ?? 0) + c.waitMin;
    if (LANES[type].role === 'pain') painByStep.set(c.stepId, (painByStep.get(c.stepId) ?? 0) + 1);
  }
  failPoints.sort((a, b) => index.get(a.stepId)! - index.get(b.stepId)!);
  const totalWaitMin = Object.values(waitByStep).reduce((a, b) => a + b, 0);

  const stages: StageSummary[] = map.stages.map((stage) => {
    const own = stage.steps.filter((s) => s.emotion !== null) as { id: string; emotion: number }[];
    let lowest: StageSummary['lowest'] = null;
    for (const s of own) if (!lowest || s.emotion < lowest.value) lowest = { stepId: s.id, value: s.emotion };
    return {
      stageId: stage.id,
      average: mean(own.map((s) => s.emotion)),
      lowest,
      painCount: stage.steps.reduce((n, s) => n + (painByStep.get(s.id) ?? 0), 0),
      waitMin: stage.steps.reduce((n, s) => n + (waitByStep[s.id] ?? 0), 0),
    };
  });

  if (end && end.value < 0) findings.push({ code: 'end-is-negative', stepId: end.stepId, value: end.value });
  if (peak && peak.value < 0 && peak.stepId !== end?.stepId) findings.push({ code: 'peak-is-negative', stepId: peak.stepId, value: peak.value });
  for (const d of belowFloor) findings.push({ code: 'dip-below-floor', stepId: d.stepId, value: d.value, floor });
  for (const f of failPoints) {
    // Recovery: some later step is scored neutral or better.
    const recovered = scored.some((s) => index.get(s.id)! > index.get(f.stepId)! && s.emotion >= 0);
    if (!recovered) findings.push({ code: 'fail-point-without-recovery', stepId: f.stepId, cardId: f.cardId });
  }
  for (const s of steps) {
    const minutes = waitByStep[s.id] ?? 0;
    if (minutes >= LONG_WAIT_MIN) findings.push({ code: 'long-wait', stepId: s.id, minutes });
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
    peak,
    end,
    remembered,
    average,
    weightedAverage,
    total,
    floor,
    belowFloor,
    failPoints,
    totalWaitMin,
    waitByStep,
    stages,
    findings,
  };
}

/** Within one kind of finding, the worse one first. */
function severity(f: Finding): number {
  switch (f.code) {
    case 'end-is-negative':
    case 'peak-is-negative':
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
