import { describe, expect, it } from 'vitest';
import { idCounter, labels, laneOf } from '../test/fixtures';
import { analyzeJourney } from './analysis';
import { createMap } from './create';
import * as edit from './edit';
import { compareMaps, metricRollup } from './insights';
import type { JourneyMap } from './types';

/** Issue 16 §1 and §3: peak–end the way practitioners read it. */

function journey(emotions: (number | null)[], durations?: (number | null)[]): JourneyMap {
  const base = createMap({ id: 'j', kind: 'journey', labels, ids: idCounter('j'), now: 0 });
  const steps = emotions.map((emotion, i) => ({ id: `s${i + 1}`, title: `Step ${i + 1}`, emotion, durationMin: durations?.[i] ?? null }));
  return { ...base, stages: [{ id: 'stage', title: 'Stage', steps }] };
}
const codes = (m: JourneyMap) => analyzeJourney(m).findings.map((f) => f.code);

describe('hand-marked moments the data has moved away from', () => {
  it('a marked peak that is no longer the most intense step is kept but flagged, naming the step the data points to', () => {
    let m = edit.setMark(journey([2, -1, 1]), { kind: 'peak', stepId: 's1' });
    expect(codes(m)).not.toContain('mark-stale');
    m = edit.setEmotion(m, { stepId: 's2', value: -3 });
    const a = analyzeJourney(m);
    expect(a.peak).toEqual({ stepId: 's1', value: 2, manual: true });
    expect(a.findings).toContainEqual({ code: 'mark-stale', stepId: 's1', mark: 'peak', dataStepId: 's2', value: -3 });
  });

  it('a marked end that is no longer the last scored step is flagged', () => {
    let m = edit.setMark(journey([1, 2, null]), { kind: 'end', stepId: 's2' });
    expect(codes(m)).not.toContain('mark-stale');
    m = edit.setEmotion(m, { stepId: 's3', value: -1 });
    expect(analyzeJourney(m).findings).toContainEqual({ code: 'mark-stale', stepId: 's2', mark: 'end', dataStepId: 's3', value: -1 });
  });
});

describe('moments of truth and surprises', () => {
  it('any number of steps can be marked; a negative moment of truth is a finding', () => {
    let m = journey([1, -1, 2, 1]);
    m = edit.setStepFlag(m, { stepId: 's2', flag: 'keyMoment', on: true });
    m = edit.setStepFlag(m, { stepId: 's3', flag: 'keyMoment', on: true });
    m = edit.setStepFlag(m, { stepId: 's3', flag: 'surprise', on: true });
    const a = analyzeJourney(m);
    expect(a.keyMoments).toEqual([
      { stepId: 's2', value: -1 },
      { stepId: 's3', value: 2 },
    ]);
    expect(a.surprises).toEqual([{ stepId: 's3', value: 2 }]);
    expect(a.findings).toContainEqual({ code: 'key-moment-negative', stepId: 's2', value: -1 });
    const off = edit.setStepFlag(m, { stepId: 's2', flag: 'keyMoment', on: false });
    expect(analyzeJourney(off).keyMoments.map((k) => k.stepId)).toEqual(['s3']);
    expect(edit.setStepFlag(off, { stepId: 's2', flag: 'keyMoment', on: false })).toBe(off);
  });
});

describe('waits: "long" depends on the channel', () => {
  function waited(channel: string | null, minutes: number) {
    let m = journey([0]);
    m = edit.addCard(m, { cardId: 'w', laneId: laneOf(m, 'customer'), stepId: 's1', text: 'Waits' });
    m = edit.updateCard(m, { cardId: 'w', patch: { waitMin: minutes } });
    if (channel) {
      m = edit.addCard(m, { cardId: 't', laneId: laneOf(m, 'touchpoint'), stepId: 's1', text: 'Touch' });
      m = edit.updateCard(m, { cardId: 't', patch: { channel } });
    }
    return m;
  }

  it('five minutes in a phone queue is long; five minutes in a service hall is not', () => {
    expect(analyzeJourney(waited('phone', 5)).findings).toContainEqual({ code: 'long-wait', stepId: 's1', minutes: 5, threshold: 3, channel: 'phone' });
    expect(codes(waited('serviceHall', 5))).not.toContain('long-wait');
    expect(codes(waited(null, 9))).not.toContain('long-wait');
    expect(codes(waited(null, 10))).toContain('long-wait');
  });

  it('a map can set its own threshold per channel, and for steps without one', () => {
    const m = edit.setWaitThreshold(waited('phone', 5), { channel: 'phone', minutes: 8 });
    expect(codes(m)).not.toContain('long-wait');
    expect(codes(edit.setWaitThreshold(waited(null, 5), { channel: '*', minutes: 5 }))).toContain('long-wait');
    expect(edit.setWaitThreshold(m, { channel: 'phone', minutes: null }).waitThresholds).toEqual({});
  });

  it('a channel the team added gets the general default', () => {
    expect(analyzeJourney(waited('门店自提柜', 10)).findings).toContainEqual({ code: 'long-wait', stepId: 's1', minutes: 10, threshold: 10, channel: '门店自提柜' });
  });
});

describe('the time-weighted average says what it rests on', () => {
  it('is hidden when fewer than half of the scored steps have a duration', () => {
    const few = analyzeJourney(journey([-2, 1, 1, 1], [30, null, null, null]));
    expect(few.weightedAverage).toBeNull();
    expect(few.weightedSteps).toBe(1);
    const half = analyzeJourney(journey([-2, 1, 1, 1], [30, 10, null, null]));
    expect(half.weightedAverage).toBeCloseTo((-60 + 10) / 40);
    expect(half.weightedSteps).toBe(2);
  });
});

describe('employee experience', () => {
  function staffed() {
    let m = journey([-2, 1]);
    m = edit.addLane(m, { laneId: 'staff', type: 'staff', title: 'Staff' });
    m = edit.addCard(m, { cardId: 'st', laneId: 'staff', stepId: 's1', text: 'Re-enters the order by hand' });
    m = edit.updateCard(m, { cardId: 'st', patch: { staffPain: 'Two systems, no sync', staffEmotion: -2 } });
    m = edit.addCard(m, { cardId: 'st2', laneId: 'staff', stepId: 's2', text: 'Closes the ticket' });
    m = edit.updateCard(m, { cardId: 'st2', patch: { staffEmotion: 9 } });
    return m;
  }

  it('a staff curve from the staff lane (clamped to −3…+3)', () => {
    expect(analyzeJourney(staffed()).staffByStep).toEqual({ s1: -2, s2: 3 });
  });

  it('a customer pain point and a staff pain point in the same step is a finding', () => {
    const m = staffed();
    expect(codes(m)).not.toContain('shared-pain');
    const both = edit.addCard(m, { cardId: 'p', laneId: laneOf(m, 'pain'), stepId: 's1', text: 'Asked for the same data twice' });
    expect(analyzeJourney(both).findings).toContainEqual({ code: 'shared-pain', stepId: 's1', customer: 'Asked for the same data twice', staff: 'Two systems, no sync' });
  });
});

describe('metrics respect their scale', () => {
  it('values outside the scale are left out and counted; rates and 1–5 scores never mix', () => {
    let m = journey([0]);
    m = edit.addLane(m, { laneId: 'metric', type: 'metric', title: 'Metrics' });
    const add = (id: string, metricType: 'CSAT' | 'CSAT_PCT' | 'FCR', metricValue: number) => {
      m = edit.addCard(m, { cardId: id, laneId: 'metric', stepId: 's1', text: id });
      m = edit.updateCard(m, { cardId: id, patch: { metricType, metricValue } });
    };
    add('a', 'CSAT', 4);
    add('b', 'CSAT', 75); // a percentage typed into a 1–5 metric
    add('c', 'CSAT_PCT', 80);
    add('d', 'FCR', 120);
    const rows = metricRollup(m);
    expect(rows.find((r) => r.type === 'CSAT')).toMatchObject({ value: 4, cards: 1, outOfScale: 1 });
    expect(rows.find((r) => r.type === 'CSAT_PCT')).toMatchObject({ value: 80, outOfScale: 0 });
    expect(rows.find((r) => r.type === 'FCR')).toMatchObject({ value: null, cards: 0, outOfScale: 1 });
  });
});

describe('compare reads from current to future', () => {
  it('deltas are future − current, for the remembered score, peak, end, low and the counts', () => {
    const current = journey([1, -3, -1]);
    const future = journey([1, -1, 2]);
    const c = compareMaps(current, future);
    expect(c.remembered).toEqual({ a: -2, b: 2, delta: 4 });
    expect(c.end).toEqual({ a: -1, b: 2, delta: 3 });
    expect(c.low).toEqual({ a: -3, b: -1, delta: 2 });
    expect(c.belowFloor).toEqual({ a: 1, b: 0, delta: -1 });
  });
});
