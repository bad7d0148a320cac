import { CARD_FILL, DEFAULT_CARD_FILL, LANES, laneHasField } from '../lanes';
import { METRICS, type Layout } from '../layout';
import { routeConnections } from '../routing';
import type { JourneyMap } from '../types';
import { ellipsize, type Measure } from '../wrap';
import type { Prim } from './prims';
import { ARROW } from '../formats/svg';
import type { StepMarkLabels } from '../formats/svgMarks';

export interface GridText {
  lines: { interaction: string; visibility: string; internal: string };
  duration: (min: number) => string;
  waitTotal: (min: number) => string;
  /** The board's chips for a moment of truth and a surprise ("MOT", "Surprise"). */
  marks: Required<StepMarkLabels>;
}

/** Chip colours as on the board (marks.css). */
export const MARK_CHIP = { keyMoment: { fill: '#6a1b9a', color: '#ffffff' }, surprise: { fill: '#ffd54f', color: '#4e3400' } } as const;

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
    // The chips sit beside the duration, so the title keeps the header's whole width.
    const chips = stepChips(step, text.marks, measure, k, X(r.x + r.w - 8), Y(r.y + r.h - 4));
    const title = ellipsize(step.title, r.w - 20, (t) => measure(t) * 1.1);
    out.push({ t: 'text', x: X(r.x + 10), y: Y(r.y + 4), w: (r.w - 20) * k, lines: [title], size: 14 * k, color: '#1c2430', bold: true });
    out.push(...chips.prims);
    const wait = waitByStep.get(step.id);
    const sub = [step.durationMin !== null ? text.duration(step.durationMin) : '', wait ? text.waitTotal(wait) : ''].filter(Boolean).join('  ');
    if (sub) out.push({ t: 'text', x: X(r.x + 10), y: Y(r.y + 26), w: (r.w - 20) * k - chips.w, lines: [ellipsize(sub, r.w - 20 - chips.w / k, (t) => (measure(t) * 12) / 14)], size: 12 * k, color: '#8a4b00' });
  });
  for (const card of map.cards) {
    const b = layout.cards.get(card.id);
    const type = laneType.get(card.laneId);
    if (!b || !type) continue;
    const imageH = b.hasImage ? M.imageHeight : 0;
    const words: Prim = { t: 'text', x: X(b.x + M.cardPaddingX), y: Y(b.y + M.cardPaddingY + imageH), w: (b.w - 2 * M.cardPaddingX) * k, lines: b.lines, size: M.fontSize * k, color: '#1c2430', lineHeight: M.lineHeight * k, role: 'card' };
    out.push({ t: 'rect', x: X(b.x), y: Y(b.y), w: b.w * k, h: b.h * k, fill: card.color ? CARD_FILL[card.color] : DEFAULT_CARD_FILL, stroke: '#90a4ae', radius: 6 * k, text: words });
    if (b.hasImage) out.push({ t: 'image', x: X(b.x) + 0.5, y: Y(b.y) + 0.5, w: b.w * k - 1, h: imageH * k, hash: card.image!, alt: card.imageAlt ?? '', radius: 6 * k - 0.5 });
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

export interface MarkChip {
  w: number;
  h: number;
  prim: (x: number, y: number) => Prim;
}

/** A step's moment-of-truth and surprise chips, with the board's words and colours, at `size` px. */
export function markChips(step: { keyMoment?: boolean; surprise?: boolean }, labels: Required<StepMarkLabels>, measure: Measure, size: number): MarkChip[] {
  return (['keyMoment', 'surprise'] as const)
    .filter((key) => step[key])
    .map((key) => {
      const label = labels[key];
      // measure() is for regular weight: bold runs about a tenth wider.
      const w = measure(label) * (size / 14) * 1.1 + size;
      const h = Math.round(size * 1.45);
      const { fill, color } = MARK_CHIP[key];
      return { w, h, prim: (x, y) => ({ t: 'rect', x, y, w, h, fill, radius: h / 2, text: { t: 'text', x, y, w, lines: [label], size, color, bold: true, align: 'center', lineHeight: h } }) };
    });
}

/** The chips right-aligned so they end at `right`, standing on `bottom`; `w` is the room they take from the duration. */
function stepChips(step: { keyMoment?: boolean; surprise?: boolean }, labels: Required<StepMarkLabels>, measure: Measure, k: number, right: number, bottom: number): { prims: Prim[]; w: number } {
  // Never under the deck's smallest text, even when a part had to be scaled down.
  const chips = markChips(step, labels, measure, Math.max(14, 14 * k));
  const prims: Prim[] = [];
  let x = right;
  for (const chip of [...chips].reverse()) {
    x -= chip.w;
    prims.push(chip.prim(x, bottom - chip.h));
    x -= 4 * k;
  }
  return { prims, w: right - x };
}
