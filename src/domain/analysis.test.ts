import { describe, expect, it } from 'vitest';
import { idCounter, labels } from '../test/fixtures';
import { analyzeJourney } from './analysis';
import { createMap } from './create';
import * as edit from './edit';
import type { JourneyMap } from './types';

/** A journey with one step per entry: emotion (or null) and an optional duration in minutes. */
function journey(emotions: (number | null)[], durations?: (number | null)[]): JourneyMap {
  const ids = idCounter('j');
  const base = createMap({ id: 'j', kind: 'journey', labels, ids, now: 0 });
  const steps = emotions.map((emotion, i) => ({ id: `s${i + 1}`, title: `Step ${i + 1}`, emotion, durationMin: durations?.[i] ?? null }));
  return { ...base, stages: [{ id: 'stage', title: 'Stage', steps }] };
}

const lane = (m: JourneyMap, type: string) => m.lanes.find((l) => l.type === type)!.id;

describe('analyzeJourney: the peak–end rule', () => {
  it('finds the peak (largest |emotion|), the end (last scored step) and the remembered score', () => {
    const a = analyzeJourney(journey([1, -2, 3, -1]));
    expect(a.peak).toEqual({ stepId: 's3', value: 3, manual: false });
    expect(a.end).toEqual({ stepId: 's4', value: -1, manual: false });
    expect(a.remembered).toBe(1);
    expect(a.average).toBe(0.25);
  });

  it('ties for the peak between a high and a low go to the low (losses weigh more); same sign, to the later step', () => {
    expect(analyzeJourney(journey([-3, 1, 3, 0])).peak!.stepId).toBe('s1');
    expect(analyzeJourney(journey([2, -2, 1])).peak!.stepId).toBe('s2');
    expect(analyzeJourney(journey([-2, 2, 1])).peak!.stepId).toBe('s1');
    expect(analyzeJourney(journey([2, 2, 2])).peak!.stepId).toBe('s3');
    expect(analyzeJourney(journey([-2, 0, -2])).peak!.stepId).toBe('s3');
  });

  it('an imported journey with a −3 step and a +3 ending is not remembered as +3.0', () => {
    const a = analyzeJourney(journey([1, -3, 0, 3]));
    expect(a.peak).toMatchObject({ stepId: 's2', value: -3 });
    expect(a.end).toMatchObject({ stepId: 's4', value: 3 });
    expect(a.remembered).toBe(0);
    expect(a.high).toMatchObject({ stepId: 's4', value: 3 });
    expect(a.low).toMatchObject({ stepId: 's2', value: -3 });
  });

  it('skips steps without an emotion, never counting them as 0', () => {
    const a = analyzeJourney(journey([-2, null, -2, null]));
    expect(a.average).toBe(-2);
    expect(a.end!.stepId).toBe('s3');
    expect(a.scored).toBe(2);
    expect(a.steps).toBe(4);
  });

  it('a map with no emotions has an empty analysis, never NaN', () => {
    const a = analyzeJourney(journey([null, null]));
    expect([a.peak, a.end, a.remembered, a.average, a.weightedAverage, a.total]).toEqual([null, null, null, null, null, null]);
    expect(a.findings).toEqual([]);
    expect(JSON.stringify(a)).not.toContain('NaN');
  });

  it('one step is its own peak and end', () => {
    const a = analyzeJourney(journey([-1]));
    expect(a.peak!.stepId).toBe('s1');
    expect(a.end!.stepId).toBe('s1');
    expect(a.remembered).toBe(-1);
  });

  it('all equal scores: the last step is both peak and end', () => {
    const a = analyzeJourney(journey([0, 0, 0]));
    expect(a.peak!.stepId).toBe('s3');
    expect(a.remembered).toBe(0);
    expect(a.findings).toEqual([]);
  });

  it('manual marks win and say so; a mark on an unscored step is reported and ignored', () => {
    let m = journey([1, -3, 2, null]);
    m = edit.setMark(m, { kind: 'end', stepId: 's2' });
    m = edit.setMark(m, { kind: 'peak', stepId: 's1' });
    const a = analyzeJourney(m);
    expect(a.peak).toEqual({ stepId: 's1', value: 1, manual: true });
    expect(a.end).toEqual({ stepId: 's2', value: -3, manual: true });
    expect(a.remembered).toBe(-1);
    const b = analyzeJourney(edit.setMark(m, { kind: 'end', stepId: 's4' }));
    expect(b.end).toEqual({ stepId: 's3', value: 2, manual: false });
    expect(b.findings).toContainEqual({ code: 'mark-unscored', stepId: 's4', mark: 'end' });
  });

  it('duration-weighted average and total where durations exist', () => {
    const a = analyzeJourney(journey([-2, 1, null], [30, 10, 60]));
    expect(a.weightedAverage).toBeCloseTo((-2 * 30 + 1 * 10) / 40);
    expect(a.total).toBe(-50);
    expect(analyzeJourney(journey([-2, 1])).weightedAverage).toBeNull();
  });
});

describe('the classic experiments', () => {
  it('cold water (Kahneman et al. 1993): the longer trial is remembered better, though its total pain is larger', () => {
    // Short: 60 s at a painful level. Long: the same 60 s, then 30 s slightly less painful.
    const short = analyzeJourney(journey([-3, -3], [0.5, 0.5]));
    const long = analyzeJourney(journey([-3, -3, -2], [0.5, 0.5, 0.5]));
    expect(long.remembered!).toBeGreaterThan(short.remembered!); // what people chose to repeat
    expect(long.total!).toBeLessThan(short.total!); // more pain in total: duration neglect
    // The plain mean does not predict the choice either way: it rises only because mild pain was
    // added (−2.67 vs −3). The remembered score is the measure that ranks as people did.
    expect(long.average!).toBeCloseTo(-8 / 3);
    expect(long.findings.map((f) => f.code)).toContain('end-is-negative');
  });

  it('colonoscopy (Redelmeier & Kahneman 1996): a longer procedure ending gently beats a shorter one ending at its worst', () => {
    const shorter = analyzeJourney(journey([-1, -2, -3], [5, 5, 5]));
    const longer = analyzeJourney(journey([-1, -2, -3, -2, -1], [5, 5, 5, 5, 5]));
    expect(longer.remembered!).toBeGreaterThan(shorter.remembered!);
    expect(longer.total!).toBeLessThan(shorter.total!);
    expect(shorter.end!.value).toBe(-3);
    expect(shorter.findings[0]).toMatchObject({ code: 'end-is-negative', value: -3 });
  });
});

describe('findings, ordered by what to fix first', () => {
  function blueprintish() {
    let m = journey([1, -3, -1, -2], [null, null, null, null]);
    m = { ...m, lanes: [...m.lanes, { id: 'front', type: 'frontstage', title: 'Frontstage' }] };
    m = edit.addCard(m, { cardId: 'fail', laneId: 'front', stepId: 's2', text: 'Wrong region assigned' });
    m = edit.updateCard(m, { cardId: 'fail', patch: { failPoint: true } });
    m = edit.addCard(m, { cardId: 'wait', laneId: 'front', stepId: 's3', text: 'Queue' });
    m = edit.updateCard(m, { cardId: 'wait', patch: { waitMin: 25 } });
    m = edit.addCard(m, { cardId: 'pain', laneId: lane(m, 'pain'), stepId: 's2', text: 'Restart' });
    return m;
  }

  it('end first, then the peak, dips below the floor, unrecovered fail points, long waits, memory gap', () => {
    const a = analyzeJourney(blueprintish());
    expect(a.findings.map((f) => f.code)).toEqual([
      'end-is-negative',
      'peak-is-negative',
      'dip-below-floor',
      'fail-point-without-recovery',
      'long-wait',
      'remembered-below-average',
    ]);
    expect(a.findings[2]).toEqual({ code: 'dip-below-floor', stepId: 's2', value: -3, floor: -2 });
    expect(a.findings[4]).toEqual({ code: 'long-wait', stepId: 's3', minutes: 25, threshold: 10, channel: null });
    expect(a.totalWaitMin).toBe(25);
    expect(a.failPoints).toEqual([{ cardId: 'fail', stepId: 's2', recoveryCardId: null }]);
    expect(a.stages[0]).toMatchObject({ average: -1.25, lowest: { stepId: 's2', value: -3 }, painCount: 1, waitMin: 25 });
  });

  it('a fail point is recovered by a linked recovery card, not by a later step that feels better', () => {
    const better = edit.setEmotion(blueprintish(), { stepId: 's4', value: 2 });
    expect(analyzeJourney(better).findings.map((f) => f.code)).toContain('fail-point-without-recovery');
    let m = edit.addCard(better, { cardId: 'sorry', laneId: 'front', stepId: 's3', text: 'Call back, apologise, waive the fee' });
    m = edit.updateCard(m, { cardId: 'fail', patch: { recoveryCardId: 'sorry' } });
    const a = analyzeJourney(m);
    expect(a.findings.map((f) => f.code)).not.toContain('fail-point-without-recovery');
    expect(a.failPoints).toEqual([{ cardId: 'fail', stepId: 's2', recoveryCardId: 'sorry' }]);
    // Deleting the recovery card brings the finding back.
    expect(analyzeJourney(edit.deleteCard(m, { cardId: 'sorry' })).findings.map((f) => f.code)).toContain('fail-point-without-recovery');
  });

  it('the peak is not reported twice when it is also the end', () => {
    const codes = analyzeJourney(journey([1, -3])).findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'end-is-negative')).toHaveLength(1);
    expect(codes).not.toContain('peak-is-negative');
  });

  it('fail points and waits only count on lanes that have those fields', () => {
    let m = journey([0]);
    m = edit.addCard(m, { cardId: 'n', laneId: lane(m, 'thinking'), stepId: 's1', text: 'thought' });
    m = { ...m, cards: m.cards.map((c) => ({ ...c, failPoint: true, waitMin: 99 })) };
    const a = analyzeJourney(m);
    expect(a.failPoints).toEqual([]);
    expect(a.totalWaitMin).toBe(0);
  });

  it('several dips: the deeper one first', () => {
    const a = analyzeJourney(edit.updateMapInfo(journey([-2.5, 1, -3, 1]), { toleranceFloor: -2 }));
    expect(a.findings.filter((f) => f.code === 'dip-below-floor').map((f) => ('stepId' in f ? f.stepId : ''))).toEqual(['s3', 's1']);
  });
});
