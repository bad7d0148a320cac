import type { Analysis } from '../analysis';
import { chipSpot, floorLabelSpot, valueLabelBox, valueLabelSpot } from '../curve';
import { LANES } from '../lanes';
import { findStep } from '../query';
import { EMOTION_MAX, type BacklogStatus, type JourneyMap } from '../types';
import { wrapText, type Measure } from '../wrap';
import { STAGE_BOX, fitStageLayout, gridSize, stagePart, topBacklog, type SlideSpec } from './deck';
import { gridPrims, markChips, type GridText } from './grid';
import { SLIDE_H, SLIDE_MARGIN, SLIDE_W, type Prim } from './prims';

/** Everything a slide says that is not the user's own text, already in the interface language. */
export interface SlideText extends GridText {
  kind: string;
  overview: string;
  stageOf: (n: number, total: number) => string;
  part: (n: number, total: number) => string;
  peak: string;
  end: string;
  floor: string;
  remembered: string;
  average: string;
  rememberedHelp: string;
  fixFirst: string;
  fixHere: string;
  nothingHere: string;
  summary: string;
  /** The backlog slide's title, and a status as the backlog panel names it. */
  backlog: string;
  status: (s: BacklogStatus) => string;
  /** An average, one decimal ("−1.0"). */
  score: (v: number | null) => string;
  /** A step's whole-number score ("−2", "+1"). */
  value: (v: number) => string;
  /** The findings in the analysis's order (what to fix first), each with its step if it has one. */
  findings: { text: string; stepId: string | null }[];
}

export interface SlideContext {
  map: JourneyMap;
  analysis: Analysis;
  text: SlideText;
  measure: Measure;
}

const INK = '#1c2430';
const MUTED = '#455a64';
const W = SLIDE_W - 2 * SLIDE_MARGIN;

function textBox(ctx: SlideContext, s: string, x: number, y: number, w: number, size: number, color: string, opts: { bold?: boolean; maxLines?: number; align?: 'left' | 'center' | 'right' } = {}): { prim: Prim; h: number } {
  const lines = wrapText(s, (w * 14) / size - 2, ctx.measure);
  const max = opts.maxLines ?? lines.length;
  const shown = lines.length > max ? [...lines.slice(0, max - 1), `${lines[max - 1]}…`] : lines;
  const prim: Prim = { t: 'text', x, y, w, lines: shown, size, color, bold: opts.bold, align: opts.align };
  return { prim, h: shown.length * Math.round(size * 1.3) };
}

function heading(ctx: SlideContext, kicker: string, title: string, out: Prim[]): number {
  out.push(textBox(ctx, kicker, SLIDE_MARGIN, 28, W, 20, '#1565c0', { bold: true, maxLines: 1 }).prim);
  const t = textBox(ctx, title, SLIDE_MARGIN, 56, W, 40, INK, { bold: true, maxLines: 2 });
  out.push(t.prim);
  return 56 + t.h + 16;
}

export function slidePrims(spec: SlideSpec, ctx: SlideContext): Prim[] {
  const out: Prim[] = [];
  const { map, text, analysis } = ctx;
  switch (spec.kind) {
    case 'cover': {
      out.push({ t: 'rect', x: 0, y: 0, w: SLIDE_W, h: 12, fill: '#1565c0' });
      out.push(textBox(ctx, text.kind, SLIDE_MARGIN, 120, W, 24, '#1565c0', { bold: true }).prim);
      const title = textBox(ctx, map.title, SLIDE_MARGIN, 160, W, 56, INK, { bold: true, maxLines: 3 });
      out.push(title.prim);
      let y = 160 + title.h + 40;
      const p = map.persona;
      if (p.name) {
        const who = textBox(ctx, [p.name, p.role].filter(Boolean).join(' · '), SLIDE_MARGIN, y, W, 30, INK, { bold: true, maxLines: 2 });
        out.push(who.prim);
        y += who.h + 12;
        if (p.quote) {
          const q = textBox(ctx, `“${p.quote}”`, SLIDE_MARGIN, y, W, 26, MUTED, { maxLines: 3 });
          out.push(q.prim);
          y += q.h + 12;
        }
      }
      if (map.scenario && y < SLIDE_H - 100) out.push(textBox(ctx, map.scenario, SLIDE_MARGIN, y + 8, W, 22, MUTED, { maxLines: Math.max(1, Math.floor((SLIDE_H - 60 - y) / 29)) }).prim);
      return out;
    }
    case 'overview':
      heading(ctx, text.overview, map.title, out);
      out.push(...overview(ctx));
      return out;
    case 'stage': {
      const stage = map.stages[spec.index]!;
      const kicker = text.stageOf(spec.index + 1, map.stages.length) + (spec.parts > 1 ? ` · ${text.part(spec.part, spec.parts)}` : '');
      heading(ctx, kicker, stage.title, out);
      const part = stagePart(map, spec.stepIds, spec.laneIds);
      const { layout, k } = fitStageLayout(part, ctx.measure);
      const size = gridSize(layout);
      const ox = STAGE_BOX.x + (STAGE_BOX.w - size.w * k) / 2;
      out.push(...gridPrims(part, layout, ctx.measure, text, k, ox, STAGE_BOX.y));
      return out;
    }
    case 'moment': {
      const found = findStep(map, spec.stepId);
      let y = heading(ctx, spec.moment === 'peak' ? text.peak : text.end, `${found?.step.title ?? ''}  ${text.score(spec.value)}`, out);
      const lanes = map.lanes.filter((l) => LANES[l.type].hasCards);
      const colW = (W - 24) / 2;
      let col = 0;
      const colY = [y, y];
      for (const lane of lanes) {
        const cards = map.cards.filter((c) => c.stepId === spec.stepId && c.laneId === lane.id);
        if (!cards.length) continue;
        const x = SLIDE_MARGIN + col * (colW + 24);
        let cy = colY[col]!;
        if (cy > SLIDE_H - 200) break;
        out.push({ t: 'rect', x, y: cy, w: 6, h: 26, fill: LANES[lane.type].color === '#ffffff' ? '#90a4ae' : '#546e7a' });
        out.push(textBox(ctx, lane.title, x + 14, cy, colW - 14, 20, MUTED, { bold: true, maxLines: 1 }).prim);
        cy += 32;
        for (const c of cards) {
          const b = textBox(ctx, c.text, x + 14, cy, colW - 14, 22, INK, { maxLines: 3 });
          out.push(b.prim);
          cy += b.h + 8;
        }
        colY[col] = cy + 8;
        col = colY[0]! <= colY[1]! ? 0 : 1;
      }
      y = Math.max(...colY) + 8;
      const about = text.findings.filter((f) => f.stepId === spec.stepId);
      if (y < SLIDE_H - 90) {
        out.push(textBox(ctx, text.fixHere, SLIDE_MARGIN, y, W, 24, '#b71c1c', { bold: true, maxLines: 1 }).prim);
        y += 36;
        for (const f of about.length ? about : [{ text: text.nothingHere }]) {
          if (y > SLIDE_H - 50) break;
          const b = textBox(ctx, f.text, SLIDE_MARGIN, y, W, 22, INK, { maxLines: 2 });
          out.push(b.prim);
          y += b.h + 6;
        }
      }
      return out;
    }
    case 'findings': {
      let y = heading(ctx, map.title, text.fixFirst, out) + 8;
      // Readable from the back of the room: few findings, large type, one line of space between.
      text.findings.slice(0, 4).forEach((f, i) => {
        if (y > SLIDE_H - 80) return;
        out.push({ t: 'circle', cx: SLIDE_MARGIN + 24, cy: y + 22, r: 22, fill: i === 0 ? '#b71c1c' : '#37474f' });
        out.push({ t: 'text', x: SLIDE_MARGIN, y: y + 4, w: 48, lines: [String(i + 1)], size: 26, color: '#ffffff', bold: true, align: 'center' });
        const b = textBox(ctx, f.text, SLIDE_MARGIN + 68, y, W - 68, 34, INK, { bold: i === 0, maxLines: 3 });
        out.push(b.prim);
        y += Math.max(b.h, 48) + 28;
      });
      return out;
    }
    case 'backlog': {
      let y = heading(ctx, map.title, text.backlog, out) + 8;
      // The same large type as the findings: what will change, who owns it, where it stands.
      topBacklog(map).forEach((item, i) => {
        if (y > SLIDE_H - 80) return;
        out.push({ t: 'circle', cx: SLIDE_MARGIN + 20, cy: y + 18, r: 18, fill: '#00695c' });
        out.push({ t: 'text', x: SLIDE_MARGIN, y: y + 4, w: 40, lines: [String(i + 1)], size: 22, color: '#ffffff', bold: true, align: 'center' });
        const b = textBox(ctx, item.title, SLIDE_MARGIN + 60, y, W - 60, 28, INK, { bold: true, maxLines: 2 });
        out.push(b.prim);
        y += b.h + 2;
        const who = [item.department, text.status(item.status)].filter(Boolean).join(' · ');
        const s = textBox(ctx, who, SLIDE_MARGIN + 60, y, W - 60, 22, MUTED, { maxLines: 1 });
        out.push(s.prim);
        y += s.h + 18;
      });
      return out;
    }
    case 'summary': {
      const y = heading(ctx, map.title, text.summary, out) + 24;
      const half = W / 2;
      [
        [text.remembered, analysis.remembered],
        [text.average, analysis.average],
      ].forEach(([label, value], i) => {
        const x = SLIDE_MARGIN + i * half;
        out.push(textBox(ctx, String(label), x, y, half - 24, 28, MUTED, { bold: true, maxLines: 2 }).prim);
        out.push({ t: 'text', x, y: y + 44, w: half - 24, lines: [text.score(value as number | null)], size: 120, color: i === 0 ? '#1565c0' : INK, bold: true });
      });
      out.push(textBox(ctx, text.rememberedHelp, SLIDE_MARGIN, y + 240, W, 24, MUTED, { maxLines: 4 }).prim);
      return out;
    }
  }
}

/** The whole journey on one slide: stages, steps, and the emotion curve with peak, end and floor. */
function overview(ctx: SlideContext): Prim[] {
  const { map, analysis, text } = ctx;
  const out: Prim[] = [];
  const steps = map.stages.flatMap((s) => s.steps);
  const left = SLIDE_MARGIN + 36; // room for the scale
  const colW = (SLIDE_W - SLIDE_MARGIN - left) / steps.length;
  const top = 150;
  let i = 0;
  for (const stage of map.stages) {
    if (!stage.steps.length) continue;
    const x = left + i * colW;
    const w = stage.steps.length * colW;
    out.push({ t: 'rect', x: x + 1, y: top, w: w - 2, h: 36, fill: '#37474f' });
    out.push(textBox(ctx, stage.title, x + 8, top + 6, w - 16, 18, '#ffffff', { bold: true, maxLines: 1 }).prim);
    i += stage.steps.length;
  }
  const titleSize = colW >= 120 ? 16 : 14;
  steps.forEach((s, k) => out.push(textBox(ctx, s.title, left + k * colW + 4, top + 44, colW - 8, titleSize, INK, { bold: true, maxLines: 3, align: 'center' }).prim));
  const chipsTop = top + 44 + 3 * Math.round(titleSize * 1.3) + 6;
  const chipsH = overviewChips(ctx, steps, left, colW, chipsTop, out);
  const cTop = chipsTop + chipsH + 10;
  const cBottom = SLIDE_H - 40;
  const yOf = (v: number) => cTop + 30 + ((EMOTION_MAX - v) / (2 * EMOTION_MAX)) * (cBottom - cTop - 60);
  for (let v = -3; v <= 3; v++) {
    out.push({ t: 'line', x1: left, y1: yOf(v), x2: SLIDE_W - SLIDE_MARGIN, y2: yOf(v), color: v === 0 ? '#90a4ae' : '#e0e6ea', width: v === 0 ? 1.5 : 1 });
    out.push({ t: 'text', x: SLIDE_MARGIN - 8, y: yOf(v) - 9, w: 36, lines: [text.value(v)], size: 14, color: '#546e7a', align: 'right' });
  }
  const floorY = yOf(map.toleranceFloor);
  const points = steps.map((s, k) => ({ s, x: left + (k + 0.5) * colW, v: s.emotion })).filter((p) => p.v !== null).map((p) => ({ ...p, y: yOf(p.v!) }));
  const floorText = `${text.floor} ${text.value(map.toleranceFloor)}`;
  const fw = ctx.measure(floorText) * (15 / 14);
  const fs = floorLabelSpot({ points, floorY, left, right: SLIDE_W - SLIDE_MARGIN, width: fw, height: 15 });
  out.push({ t: 'line', x1: left, y1: floorY, x2: SLIDE_W - SLIDE_MARGIN, y2: floorY, color: '#c62828', width: 2, dash: true });
  out.push({ t: 'text', x: fs.x - fw / 2 - 4, y: fs.y - 15, w: fw + 8, lines: [floorText], size: 15, color: '#c62828', align: 'center' });
  out.push({ t: 'poly', points: points.map((p) => ({ x: p.x, y: p.y })), color: '#1565c0', width: 4 });
  const boxes = points.map((_, k) => valueLabelBox(valueLabelSpot(points, k), 24));
  points.forEach((p, k) => {
    out.push({ t: 'circle', cx: p.x, cy: p.y, r: 10, fill: p.v! < map.toleranceFloor ? '#c62828' : '#1565c0', stroke: '#ffffff' });
    const spot = valueLabelSpot(points, k);
    const w = 30;
    const x = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - w : spot.x - w / 2;
    out.push({ t: 'text', x, y: spot.y - 15, w, lines: [text.value(p.v!)], size: 17, color: INK, bold: true, align: spot.anchor === 'start' ? 'left' : spot.anchor === 'end' ? 'right' : 'center' });
    const marks = [p.s.id === analysis.peak?.stepId && text.peak, p.s.id === analysis.end?.stepId && text.end].filter(Boolean).join(' · ');
    if (marks) {
      const cw = ctx.measure(marks) * (16 / 14) + 24;
      const chip = chipSpot({ points, i: k, width: cw, floorY, top: cTop, bottom: cBottom, avoid: boxes });
      out.push({ t: 'rect', x: chip.x, y: chip.y - 4, w: cw, h: 28, fill: '#263238', radius: 14 });
      out.push({ t: 'text', x: chip.x, y: chip.y - 2, w: cw, lines: [marks], size: 16, color: '#ffffff', bold: true, align: 'center', lineHeight: 24 });
    }
  });
  return out;
}

/**
 * Moment-of-truth and surprise chips under each step title: side by side when the column is wide
 * enough, else one above the other. Returns the height they take (0 when no step is marked).
 */
function overviewChips(ctx: SlideContext, steps: readonly { keyMoment?: boolean; surprise?: boolean }[], left: number, colW: number, top: number, out: Prim[]): number {
  let height = 0;
  steps.forEach((s, k) => {
    const chips = markChips(s, ctx.text.marks, ctx.measure, 14);
    if (!chips.length) return;
    const gap = 4;
    const row = chips.reduce((w, c) => w + c.w, 0) + gap * (chips.length - 1);
    const cx = left + (k + 0.5) * colW;
    if (row <= colW - 4) {
      let x = cx - row / 2;
      for (const c of chips) {
        out.push(c.prim(x, top));
        x += c.w + gap;
      }
      height = Math.max(height, chips[0]!.h);
    } else {
      let y = top;
      for (const c of chips) {
        out.push(c.prim(cx - Math.min(c.w, colW - 4) / 2, y));
        y += c.h + gap;
      }
      height = Math.max(height, y - gap - top);
    }
  });
  return height;
}
