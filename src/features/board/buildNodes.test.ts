import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../domain/analysis';
import * as edit from '../../domain/edit';
import { layoutMap } from '../../domain/layout';
import type { JourneyMap } from '../../domain/types';
import { laneOf, makeMap, stepIds } from '../../test/fixtures';
import { createEdgeBuilder, createNodeBuilder } from './buildNodes';

const measure = (s: string) => s.length * 8;

function filled(): JourneyMap {
  let m = makeMap();
  const lane = laneOf(m, 'customer');
  const [s1, s2] = stepIds(m);
  m = edit.addCard(m, { cardId: 'a', laneId: lane, stepId: s1!, text: '打电话' });
  m = edit.addCard(m, { cardId: 'b', laneId: lane, stepId: s2!, text: '等待上门' });
  m = edit.addCard(m, { cardId: 'c', laneId: laneOf(m, 'frontstage'), stepId: s2!, text: '派单' });
  m = edit.addConnection(m, { id: 'k1', from: 'a', to: 'b' });
  return edit.addConnection(m, { id: 'k2', from: 'b', to: 'c' });
}

describe('board builders', () => {
  it('a card edit makes a new node for that card only and keeps the edge list itself', () => {
    const nodes = createNodeBuilder();
    const edges = createEdgeBuilder((t) => t.length * 7);
    const m0 = filled();
    const l0 = layoutMap(m0, measure);
    const n0 = nodes(m0, l0, analyzeJourney(m0));
    const e0 = edges(m0, l0, null);
    const m1 = edit.updateCard(m0, { cardId: 'c', patch: { color: 'red' } });
    const l1 = layoutMap(m1, measure);
    const n1 = nodes(m1, l1, analyzeJourney(m1));
    expect(n1.filter((n, i) => n !== n0[i]).map((n) => n.id)).toEqual(['c']);
    expect(edges(m1, l1, null)).toBe(e0);
    // selecting a connection, or removing one, gives React Flow a new list
    const e2 = edges(m1, l1, 'k1');
    expect(e2).not.toBe(e0);
    expect(e2.find((e) => e.id === 'k1')!.selected).toBe(true);
    const m3 = edit.deleteConnection(m1, { id: 'k2' });
    expect(edges(m3, layoutMap(m3, measure), 'k1').map((e) => e.id)).toEqual(['k1']);
  });

  it('after any edit, builds what a fresh builder builds, reusing unchanged lanes', () => {
    const nodes = createNodeBuilder();
    const edges = createEdgeBuilder((t) => t.length * 7);
    let m = filled();
    const customer = laneOf(m, 'customer');
    const [s1, s2] = stepIds(m);
    const steps: ((x: JourneyMap) => JourneyMap)[] = [
      (x) => edit.updateCard(x, { cardId: 'a', patch: { text: '打电话给客服，客服没有接听，又打了一次，还是没有人接' } }),
      (x) => edit.updateCard(x, { cardId: 'c', patch: { failPoint: true } }),
      (x) => edit.updateStep(x, { stepId: s2!, patch: { title: 'renamed' } }),
      (x) => edit.updateLane(x, { laneId: customer, patch: { title: 'people' } }),
      (x) => edit.moveCard(x, { cardId: 'b', laneId: customer, stepId: s1!, index: 0 }),
      (x) => edit.setEmotion(x, { stepId: s1!, value: -2 }),
      (x) => edit.moveLane(x, { laneId: customer, toIndex: 3 }),
      (x) => edit.deleteCard(x, { cardId: 'a' }),
    ];
    nodes(m, layoutMap(m, measure), analyzeJourney(m));
    for (const step of steps) {
      m = step(m);
      const layout = layoutMap(m, measure);
      const after = nodes(m, layout, analyzeJourney(m));
      expect(after).toEqual(createNodeBuilder()(m, layoutMap(m, (t) => measure(t)), analyzeJourney(m)));
      expect(edges(m, layout, null)).toEqual(createEdgeBuilder((t) => t.length * 7)(m, layout, null));
    }
    // A card edit in one lane: the other lanes' nodes are the very same objects.
    const l0 = layoutMap(m, measure);
    const n0 = nodes(m, l0, analyzeJourney(m));
    const m1 = edit.updateCard(m, { cardId: 'c', patch: { text: '派单给技术员' } });
    const n1 = nodes(m1, layoutMap(m1, measure), analyzeJourney(m1));
    const frontstage = laneOf(m, 'frontstage');
    const changed = n1.filter((n) => !n0.includes(n)).map((n) => n.id);
    expect(changed).toContain('c');
    expect(changed.every((id) => id === 'c' || id.includes(frontstage))).toBe(true);
  });
});
