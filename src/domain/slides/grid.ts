import { CARD_FILL, DEFAULT_CARD_FILL, LANES, laneHasField } from '../lanes';
import { METRICS, type Layout } from '../layout';
import { routeConnections } from '../routing';
import type { JourneyMap } from '../types';
import type { Measure } from '../wrap';
import type { Prim } from './prims';
import { ARROW } from '../formats/svg';

export interface GridText {
  lines: { interaction: string; visibility: string; internal: string };
  duration: (min: number) => string;
  waitTotal: (min: number) => string;
}

const LINE_COLOR = { interaction: '#37474f', visibility: '#1565c0', internal: '#6a1b9a' } as const;

/**
 * Part of the blueprint (some steps, the card lanes) as slide items, scaled by k and placed at
 * (ox, oy): lanes, step headers, cards with their text, routed arrows and the blueprint lines.
 * The stage header row is left out (the slide's title names the stage).
 */
export function gridPrims(map: JourneyMap, layout: Layout, measure: Measure, text: GridText, k: number, ox: number, oy: number): Prim[] {
  const M = METRICS;
  const top = M.stageHeaderHeight;
  const X = (x: number) => ox + x * k;
  const Y = (y: number) => oy + (y - top) * k;
  const out: Prim[] = [];
  const steps = map.stages.flatMap((s) => s.steps);
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type]));
  const waitByStep = new Map<string, number>();
  for (const c of map.cards) if (c.waitMin && laneHasField(laneType.get(c.laneId) ?? 'notes', 'wait')) waitByStep.set(c.stepId, (waitByStep.get(c.stepId) ?? 0) + c.waitMin);

  map.lanes.forEach((lane, i) => {
    const r = layout.lanes[i]!;
    out.push({ t: 'rect', x: X(0), y: Y(r.y), w: M.laneHeaderWidth * k, h: r.h * k, fill: LANES[lane.type].color, stroke: '#cfd8dc' });
    out.push({ t: 'rect', x: X(M.laneHeaderWidth), y: Y(r.y), w: (layout.width - M.laneHeaderWidth) * k, h: r.h * k, fill: '#ffffff', stroke: '#cfd8dc' });
    out.push({ t: 'text', x: X(10), y: Y(r.y + 8), w: (M.laneHeaderWidth - 20) * k, lines: [lane.title], size: 14 * k, color: '#1c2430', bold: true });
  });
  steps.forEach((step, i) => {
    const r = layout.steps[i]!;
    out.push({ t: 'rect', x: X(r.x), y: Y(r.y), w: r.w * k, h: r.h * k, fill: '#eceff1', stroke: '#cfd8dc' });
    out.push({ t: 'text', x: X(r.x + 10), y: Y(r.y + 4), w: (r.w - 20) * k, lines: [step.title], size: 14 * k, color: '#1c2430', bold: true });
    const wait = waitByStep.get(step.id);
    const sub = [step.durationMin !== null ? text.duration(step.durationMin) : '', wait ? text.waitTotal(wait) : ''].filter(Boolean).join('  ');
    if (sub) out.push({ t: 'text', x: X(r.x + 10), y: Y(r.y + 26), w: (r.w - 20) * k, lines: [sub], size: 12 * k, color: '#8a4b00' });
  });
  for (const card of map.cards) {
    const b = layout.cards.get(card.id);
    const type = laneType.get(card.laneId);
    if (!b || !type) continue;
    const words: Prim = { t: 'text', x: X(b.x + M.cardPaddingX), y: Y(b.y + M.cardPaddingY), w: (b.w - 2 * M.cardPaddingX) * k, lines: b.lines, size: M.fontSize * k, color: '#1c2430', lineHeight: M.lineHeight * k, role: 'card' };
    out.push({ t: 'rect', x: X(b.x), y: Y(b.y), w: b.w * k, h: b.h * k, fill: card.color ? CARD_FILL[card.color] : DEFAULT_CARD_FILL, stroke: '#90a4ae', radius: 6 * k, text: words });
    if (card.failPoint && laneHasField(type, 'failPoint')) out.push({ t: 'rect', x: X(b.x), y: Y(b.y), w: 4 * k, h: b.h * k, fill: '#b71c1c' });
    if (b.hasMeta) {
      const meta = [card.failPoint && laneHasField(type, 'failPoint') ? 'F' : '', laneHasField(type, 'wait') && card.waitMin !== null ? `W ${card.waitMin}′` : '', laneHasField(type, 'owner') ? card.owner : ''].filter(Boolean).join(' · ');
      if (meta) out.push({ t: 'text', x: X(b.x + M.cardPaddingX), y: Y(b.y + b.h - M.cardPaddingY - M.metaHeight + 4), w: (b.w - 2 * M.cardPaddingX) * k, lines: [meta], size: 12 * k, color: '#8a4b00', bold: true });
    }
  }
  for (const line of layout.lines) {
    out.push({ t: 'line', x1: X(M.laneHeaderWidth), y1: Y(line.y), x2: X(layout.width), y2: Y(line.y), color: LINE_COLOR[line.kind], width: 2, dash: true });
  }
  const byId = new Map(map.connections.map((c) => [c.id, c]));
  for (const r of routeConnections(layout, map.connections, (s) => measure(s) * (12 / M.fontSize))) {
    const c = byId.get(r.id)!;
    out.push({ t: 'poly', points: r.points.map((p) => ({ x: X(p.x), y: Y(p.y) })), color: ARROW, width: 2, arrow: c.twoWay ? 'both' : 'end' });
    if (r.label) {
      out.push({ t: 'rect', x: X(r.label.x), y: Y(r.label.y), w: r.label.w * k, h: r.label.h * k, fill: '#ffffff', stroke: ARROW, radius: 4 });
      out.push({ t: 'text', x: X(r.label.x), y: Y(r.label.y + 1), w: r.label.w * k, lines: [c.label], size: 12 * k, color: '#1c2430', align: 'center', lineHeight: 18 * k });
    }
  }
  return out;
}
