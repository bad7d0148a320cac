import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCounter, makeMap } from '../../test/fixtures';
import { LANE_TYPES, LANES } from '../lanes';
import { METRICS, layoutMap, type Layout } from '../layout';
import { buildFromTemplate } from '../templates/build';
import { TEMPLATES } from '../templates/content';
import type { Card, Connection, JourneyMap } from '../types';
import { estimateMeasure } from '../wrap';
import { routeConnections, segmentHitsRect, type Route } from '.';

const measure = estimateMeasure(METRICS.fontSize);
const labelWidth = (s: string) => measure(s) * (12 / METRICS.fontSize);

/** Every way a route could be wrong, as messages (empty when it is right). */
export function routeProblems(layout: Layout, routes: readonly Route[]): string[] {
  const problems: string[] = [];
  for (const r of routes) {
    const a = layout.cards.get(r.from)!;
    const b = layout.cards.get(r.to)!;
    const first = r.points[0]!;
    const last = r.points[r.points.length - 1]!;
    const onEdge = (p: { x: number; y: number }, c: typeof a) =>
      ((Math.abs(p.x - c.x) < 0.01 || Math.abs(p.x - c.x - c.w) < 0.01) && p.y >= c.y && p.y <= c.y + c.h) ||
      ((Math.abs(p.y - c.y) < 0.01 || Math.abs(p.y - c.y - c.h) < 0.01) && p.x >= c.x && p.x <= c.x + c.w);
    if (!onEdge(first, a)) problems.push(`${r.id} does not start on its card's edge`);
    if (!onEdge(last, b)) problems.push(`${r.id} does not end on its card's edge`);
    for (let i = 0; i + 1 < r.points.length; i++) {
      const p = r.points[i]!;
      const q = r.points[i + 1]!;
      if (p.x !== q.x && p.y !== q.y) problems.push(`${r.id} segment ${i} is diagonal`);
      for (const card of layout.cards.values()) {
        if (card.id === r.from || card.id === r.to) {
          // Its own cards: only the first and last segment may touch them, from outside.
          if (segmentHitsRect(p, q, card)) problems.push(`${r.id} segment ${i} runs through its own card ${card.id}`);
          continue;
        }
        if (segmentHitsRect(p, q, card)) problems.push(`${r.id} segment ${i} crosses card ${card.id}`);
      }
    }
    if (r.label) {
      for (const card of layout.cards.values()) {
        const l = r.label;
        if (l.x < card.x + card.w && card.x < l.x + l.w && l.y < card.y + card.h && card.y < l.y + l.h) problems.push(`${r.id} label covers card ${card.id}`);
      }
    }
  }
  return problems;
}

const textArb = fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom('客户在App里填写新地址并提交申请，系统自动分配到所在片区', '短', 'A fairly long English sentence that wraps onto several lines of the card'));

const mapArb = fc
  .record({
    steps: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    lanes: fc.array(fc.constantFrom(...LANE_TYPES), { minLength: 1, maxLength: 7 }),
    cards: fc.array(fc.record({ text: textArb, lane: fc.nat(), step: fc.nat(), failPoint: fc.boolean() }), { maxLength: 40 }),
    links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), label: fc.oneof(fc.constant(''), textArb), twoWay: fc.boolean() }), { maxLength: 25 }),
  })
  .map((r): JourneyMap => {
    const ids = idCounter('p');
    const stages = r.steps.map((n, s) => ({ id: ids(), title: `S${s}`, steps: Array.from({ length: n }, (_, k) => ({ id: ids(), title: `s${k}`, emotion: k % 7 - 3, durationMin: null })) }));
    const lanes = r.lanes.map((type) => ({ id: ids(), type, title: type }));
    const steps = stages.flatMap((s) => s.steps);
    const cardLanes = lanes.filter((l) => LANES[l.type].hasCards);
    const cards: Card[] = cardLanes.length
      ? r.cards.map((c, i) => ({
          id: ids(),
          laneId: cardLanes[c.lane % cardLanes.length]!.id,
          stepId: steps[c.step % steps.length]!.id,
          order: i,
          text: c.text,
          color: null,
          failPoint: c.failPoint,
          waitMin: null,
          channel: null,
          rootCause: '',
          owner: '',
          metricType: null,
          metricValue: null,
          sampleSize: null,
        }))
      : [];
    const connections: Connection[] = cards.length
      ? r.links
          .map((k) => ({ id: ids(), from: cards[k.from % cards.length]!.id, to: cards[k.to % cards.length]!.id, label: k.label, twoWay: k.twoWay }))
          .filter((k) => k.from !== k.to)
      : [];
    return { ...makeMap('blueprint', 'rand'), stages, lanes, cards, connections };
  });

describe('routing connections around cards', () => {
  it('never crosses a card other than its ends, on random maps', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const layout = layoutMap(map, measure);
        const routes = routeConnections(layout, map.connections, labelWidth);
        expect(routes).toHaveLength(map.connections.length);
        expect(routeProblems(layout, routes)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never crosses a card in any template, in every language', () => {
    for (const tpl of TEMPLATES) {
      for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
        const map = buildFromTemplate(tpl, { lang, id: `t-${tpl.id}`, ids: idCounter(tpl.id), now: 0, laneTitle: (t) => t });
        const layout = layoutMap(map, measure);
        const routes = routeConnections(layout, map.connections, labelWidth);
        expect(routes.length, `${tpl.id} ${lang}`).toBe(map.connections.length);
        expect(routeProblems(layout, routes), `${tpl.id} ${lang}`).toEqual([]);
      }
    }
  });

  it('goes around a card in the way instead of through it, and spreads parallel arrows', () => {
    const ids = idCounter('x');
    const base = makeMap('blueprint', 'm');
    const step = base.stages[0]!.steps[0]!.id;
    const [back, front, cust] = ['backstage', 'frontstage', 'customer'].map((t) => base.lanes.find((l) => l.type === t)!.id);
    const card = (laneId: string, text: string): Card => ({ id: ids(), laneId, stepId: step, order: 0, text, color: null, failPoint: false, waitMin: null, channel: null, rootCause: '', owner: '', metricType: null, metricValue: null, sampleSize: null });
    const cards = [card(back!, 'back'), card(front!, 'front'), card(cust!, 'customer')];
    const k = (id: string, from: Card, to: Card): Connection => ({ id, from: from.id, to: to.id, label: '', twoWay: false });
    const map: JourneyMap = { ...base, cards, connections: [k('k1', cards[0]!, cards[2]!), k('k2', cards[2]!, cards[0]!)] };
    const layout = layoutMap(map, measure);
    const routes = routeConnections(layout, map.connections, labelWidth);
    expect(routeProblems(layout, routes)).toEqual([]);
    // The straight line from Backstage up to Customer actions would strike through Frontstage.
    expect(routes[0]!.points.length).toBeGreaterThan(2);
    const verticalX = (r: Route) => r.points.find((p, i) => i > 0 && r.points[i - 1]!.x === p.x)!.x;
    expect(verticalX(routes[0]!)).not.toBe(verticalX(routes[1]!));
  });
});

describe('routeMap (memoised routes)', () => {
  it('gives a layout with the same rectangles the same routes, and re-routes when a card moves', async () => {
    const { routeMap } = await import('.');
    const edit = await import('../edit');
    let map = makeMap();
    const lanes = map.lanes.filter((l) => LANES[l.type].hasCards);
    const steps = map.stages.flatMap((s) => s.steps);
    map = edit.addCard(map, { cardId: 'a', laneId: lanes[0]!.id, stepId: steps[0]!.id, text: 'a' });
    map = edit.addCard(map, { cardId: 'b', laneId: lanes[1]!.id, stepId: steps[2]!.id, text: 'b' });
    map = edit.addCard(map, { cardId: 'c', laneId: lanes[0]!.id, stepId: steps[1]!.id, text: 'c' });
    map = edit.addConnection(map, { id: 'k', from: 'a', to: 'b' });
    const first = routeMap(layoutMap(map, measure), map.connections, labelWidth);
    // New text of the same height: a new layout, the same geometry, the same routes.
    const retext = edit.updateCard(map, { cardId: 'b', patch: { text: 'b2' } });
    expect(routeMap(layoutMap(retext, measure), retext.connections, labelWidth)).toBe(first);
    // A card moved under the target: routes are computed again, and match a fresh routing.
    const moved = edit.moveCard(retext, { cardId: 'c', laneId: lanes[1]!.id, stepId: steps[2]!.id, index: 0 });
    const layout = layoutMap(moved, measure);
    const again = routeMap(layout, moved.connections, labelWidth);
    expect(again).not.toBe(first);
    expect(again).toEqual(routeConnections(layout, moved.connections, labelWidth));
  });
});
