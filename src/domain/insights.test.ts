import { describe, expect, it } from 'vitest';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import * as edit from './edit';
import { channelCoverage, compareMaps, metricRollup, painByOwner } from './insights';
import type { JourneyMap } from './types';

function twoStages(): JourneyMap {
  let m = makeMap('journey');
  m = edit.addStage(m, { stageId: 'st2', title: 'After', stepId: 'x1', stepTitle: 'Review' });
  return m;
}

describe('painByOwner', () => {
  it('groups pain points by owning department with their root causes; unowned last', () => {
    let m = twoStages();
    const pain = laneOf(m, 'pain');
    const [s1, s2] = stepIds(m);
    const add = (id: string, step: string, owner: string, rootCause = '') => {
      m = edit.addCard(m, { cardId: id, laneId: pain, stepId: step, text: id });
      m = edit.updateCard(m, { cardId: id, patch: { owner, rootCause } });
    };
    add('late delivery', 'x1', '物流/仓储', 'Warehouse understaffed');
    add('no answer', s1!, '客服');
    add('wrong size', s2!, '物流/仓储 ', 'Size chart wrong');
    add('mystery', s1!, '');
    const groups = painByOwner(m);
    expect(groups.map((g) => g.owner)).toEqual(['物流/仓储', '客服', '']);
    expect(groups[0]!.items.map((i) => [i.text, i.rootCause])).toEqual([
      ['wrong size', 'Size chart wrong'],
      ['late delivery', 'Warehouse understaffed'],
    ]);
  });
});

describe('channelCoverage', () => {
  it('builds the stage × channel matrix and reports where a channel is missing', () => {
    let m = twoStages();
    const tp = laneOf(m, 'touchpoint');
    const [s1, s2] = stepIds(m);
    const add = (id: string, step: string, channel: 'wechat' | 'app' | 'phone') => {
      m = edit.addCard(m, { cardId: id, laneId: tp, stepId: step, text: id });
      m = edit.updateCard(m, { cardId: id, patch: { channel } });
    };
    add('a', s1!, 'wechat');
    add('b', s2!, 'wechat');
    add('c', s2!, 'app');
    add('d', 'x1', 'app');
    const cov = channelCoverage(m);
    expect(cov.channels).toEqual(['wechat', 'app']);
    expect(cov.counts[m.stages[0]!.id]).toEqual({ wechat: 2, app: 1 });
    expect(cov.gaps).toEqual([{ stageId: 'st2', channel: 'wechat' }]);
  });
});

describe('metricRollup', () => {
  it('weights by sample size when every card has one, otherwise takes the plain mean', () => {
    let m = twoStages();
    const metric = edit.addLane(m, { laneId: 'met', type: 'metric', title: 'Metrics' });
    m = metric;
    const [s1, s2] = stepIds(m);
    const add = (id: string, step: string, metricType: 'CSAT' | 'NPS', metricValue: number, sampleSize: number | null) => {
      m = edit.addCard(m, { cardId: id, laneId: 'met', stepId: step, text: id });
      m = edit.updateCard(m, { cardId: id, patch: { metricType, metricValue, sampleSize } });
    };
    add('a', s1!, 'CSAT', 4, 300);
    add('b', s2!, 'CSAT', 2, 100);
    add('c', 'x1', 'NPS', 10, null);
    add('d', 'x1', 'NPS', 30, 50);
    const r = metricRollup(m);
    expect(r.find((x) => x.type === 'CSAT')).toMatchObject({ value: 3.5, sample: 400, weighted: true, cards: 2 });
    expect(r.find((x) => x.type === 'NPS')).toMatchObject({ stageId: 'st2', value: 20, weighted: false, sample: null });
  });
});

describe('compareMaps', () => {
  it('gives the remembered and average deltas of future against current', () => {
    let current = makeMap('journey', 'cur');
    let future = makeMap('journey', 'fut');
    stepIds(current).forEach((id, i) => (current = edit.setEmotion(current, { stepId: id, value: [1, -3, -2][i]! })));
    stepIds(future).forEach((id, i) => (future = edit.setEmotion(future, { stepId: id, value: [1, -1, 2][i]! })));
    const c = compareMaps(current, future);
    expect(c.remembered).toEqual({ a: -2.5, b: 2, delta: 4.5 }); // future: peak and end are both the final +2
    expect(c.average.delta).toBeCloseTo(2 / 3 + 4 / 3);
    expect(c.curves.a).toEqual([1, -3, -2]);
  });
});
