import type { Analysis } from '../analysis';
import { LANES } from '../lanes';
import { METRICS, layoutMap, type Layout } from '../layout';
import { sliceSteps } from '../slice';
import type { BacklogItem, JourneyMap } from '../types';
import type { Measure } from '../wrap';
import { SLIDE_H, SLIDE_MARGIN, SLIDE_W } from './prims';

/**
 * The deck: cover, the whole journey at a glance, each stage (in as many parts as it takes to
 * keep card text at 14 px or more on a 1280 × 720 slide), the peak, the end, what to fix first,
 * the improvement items that are still open, and how it will be remembered.
 */
export type SlideSpec =
  | { kind: 'cover' }
  | { kind: 'overview' }
  | { kind: 'stage'; stageId: string; index: number; stepIds: string[]; laneIds: string[]; part: number; parts: number }
  | { kind: 'moment'; moment: 'peak' | 'end'; stepId: string; value: number }
  | { kind: 'findings' }
  | { kind: 'backlog' }
  | { kind: 'summary' };

/** Where a stage's grid goes on its slide (below the kicker and title). */
export const STAGE_BOX = { x: SLIDE_MARGIN, y: 128, w: SLIDE_W - 2 * SLIDE_MARGIN, h: SLIDE_H - 128 - 28 };
/** Card text is 14 px in the layout: a scale below 1 would shrink it. */
export const MIN_SCALE = 1;
export const MAX_SCALE = 1.6;

/** The part of the map a stage slide shows: its steps, its card lanes (the overview has the curve). */
export function stagePart(map: JourneyMap, stepIds: readonly string[], laneIds: readonly string[]): JourneyMap {
  const part = sliceSteps(map, new Set(stepIds));
  const lanes = new Set(laneIds);
  const cards = part.cards.filter((c) => lanes.has(c.laneId));
  const kept = new Set(cards.map((c) => c.id));
  return { ...part, lanes: part.lanes.filter((l) => lanes.has(l.id)), cards, connections: part.connections.filter((k) => kept.has(k.from) && kept.has(k.to)) };
}

/** Height of a stage grid without its stage header row, and its width. */
export function gridSize(layout: Layout): { w: number; h: number } {
  return { w: layout.width, h: layout.height - METRICS.stageHeaderHeight };
}

export function stageScale(layout: Layout): number {
  const { w, h } = gridSize(layout);
  return Math.min(MAX_SCALE, STAGE_BOX.w / w, STAGE_BOX.h / h);
}

/** Widest step column a slide uses: wider, a card's lines get too long to read at a glance. */
export const MAX_STEP_WIDTH = 440;

/**
 * The layout of a stage part that fills its slide best: the board's column width, or wider when
 * the part is short of the slide's width (fewer lines per card, so it is also shorter). The
 * largest scale wins; among equal scales, the one that fills more of the width.
 */
export function fitStageLayout(part: JourneyMap, measure: Measure): { layout: Layout; k: number } {
  let best: { layout: Layout; k: number; fill: number } | null = null;
  for (let w = METRICS.stepWidth; w <= MAX_STEP_WIDTH; w += 20) {
    const layout = layoutMap(part, measure, w);
    const k = stageScale(layout);
    const fill = Math.min(1, (gridSize(layout).w * k) / STAGE_BOX.w);
    if (!best || k > best.k + 1e-6 || (Math.abs(k - best.k) <= 1e-6 && fill > best.fill)) best = { layout, k, fill };
    // Already as wide as the slide: wider columns would only shrink it.
    if (fill >= 0.999) break;
  }
  return { layout: best!.layout, k: best!.k };
}

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const count = Math.ceil(xs.length / n);
  const size = Math.ceil(xs.length / count);
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Splits one stage into slides: by steps (at most what fits the width at 14 px), then by lanes when too tall. */
function stageSlides(map: JourneyMap, stageIndex: number, measure: Measure): Extract<SlideSpec, { kind: 'stage' }>[] {
  const stage = map.stages[stageIndex]!;
  const cardLanes = map.lanes.filter((l) => LANES[l.type].hasCards).map((l) => l.id);
  const perSlide = Math.max(1, Math.floor((STAGE_BOX.w - METRICS.laneHeaderWidth) / METRICS.stepWidth));
  const parts: { stepIds: string[]; laneIds: string[] }[] = [];
  for (const steps of chunks(stage.steps.map((s) => s.id), perSlide)) {
    // Lanes with nothing in these steps would only push the cards apart: leave them out.
    const inSteps = new Set(steps);
    const used = new Set(map.cards.filter((c) => inSteps.has(c.stepId)).map((c) => c.laneId));
    const lanes = cardLanes.some((id) => used.has(id)) ? cardLanes.filter((id) => used.has(id)) : cardLanes;
    const part = stagePart(map, steps, lanes);
    if (fitStageLayout(part, measure).k >= MIN_SCALE || lanes.length <= 1) {
      parts.push({ stepIds: steps, laneIds: lanes });
      continue;
    }
    // Too tall: groups of lanes, each filling the height (headers repeat on every part).
    const layout = layoutMap(part, measure);
    let group: string[] = [];
    let h = METRICS.stepHeaderHeight;
    layout.lanes.forEach((lane) => {
      if (group.length && h + lane.h > STAGE_BOX.h) {
        parts.push({ stepIds: steps, laneIds: group });
        group = [];
        h = METRICS.stepHeaderHeight;
      }
      group.push(lane.id);
      h += lane.h;
    });
    if (group.length) parts.push({ stepIds: steps, laneIds: group });
  }
  return parts.map((p, i) => ({ kind: 'stage', stageId: stage.id, index: stageIndex, stepIds: p.stepIds, laneIds: p.laneIds, part: i + 1, parts: parts.length }));
}

export function planDeck(map: JourneyMap, analysis: Analysis, measure: Measure): SlideSpec[] {
  const slides: SlideSpec[] = [{ kind: 'cover' }];
  if (map.stages.some((s) => s.steps.length)) slides.push({ kind: 'overview' });
  map.stages.forEach((s, i) => {
    if (s.steps.length) slides.push(...stageSlides(map, i, measure));
  });
  if (analysis.peak) slides.push({ kind: 'moment', moment: 'peak', stepId: analysis.peak.stepId, value: analysis.peak.value });
  if (analysis.end && analysis.end.stepId !== analysis.peak?.stepId) slides.push({ kind: 'moment', moment: 'end', stepId: analysis.end.stepId, value: analysis.end.value });
  if (analysis.findings.length) slides.push({ kind: 'findings' });
  if (topBacklog(map).length) slides.push({ kind: 'backlog' });
  if (analysis.scored > 0) slides.push({ kind: 'summary' });
  return slides;
}

/** As many items as stay readable from the back of the room. */
export const BACKLOG_ON_SLIDE = 6;

/** The open improvement items worth a slide: most impact first, then least effort. */
export function topBacklog(map: JourneyMap, n = BACKLOG_ON_SLIDE): BacklogItem[] {
  return (map.backlog ?? [])
    .filter((b) => b.status !== 'done')
    .sort((a, b) => b.impact - a.impact || a.effort - b.effort)
    .slice(0, n);
}
