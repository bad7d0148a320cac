import type { Analysis } from '../../domain/analysis';
import { routeMap } from '../../domain/routing';
import { connectionLabelWidth } from './edges/edgeData';
import { smoothPath } from '../../domain/curve';
import { laneHasField } from '../../domain/lanes';
import { METRICS, emotionY, type Layout } from '../../domain/layout';
import { THEME } from '../../domain/theme';
import type { JourneyMap } from '../../domain/types';

/**
 * What the zoomed-out board draws, prepared once per document (not per frame): cards grouped by
 * step so a frame touches only the steps in view, arrow paths from the domain's connection
 * geometry (the same paths the SVG export draws), the emotion curve and the blueprint lines.
 */

export interface SceneCard {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  fail: boolean;
  text: string;
  /** Height of the photo across its top (0 without one): drawn as a placeholder at this zoom. */
  imageH: number;
}

export interface SceneArrow {
  d: string;
  /** Where the head goes and where it comes from (the last two points of the path). */
  head: [number, number, number, number];
  tail: [number, number, number, number] | null;
  minX: number;
  maxX: number;
  label: string;
}

export interface SceneCurve {
  top: number;
  h: number;
  d: string;
  floorY: number;
  points: { x: number; y: number; low: boolean; mark: 'peak' | 'end' | 'peak-end' | null }[];
}

export interface Scene {
  layout: Layout;
  lanes: { y: number; h: number; color: string; cards: boolean }[];
  /** Cards of step i at index i. */
  byStep: SceneCard[][];
  arrows: SceneArrow[];
  curves: SceneCurve[];
  lines: { kind: 'interaction' | 'visibility' | 'internal'; y: number }[];
}

/** The numbers of a path in order, as points: enough to find an arrow's end directions. */
function pathPoints(d: string): number[] {
  return (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi) ?? []).map(Number);
}

export function buildScene(map: JourneyMap, layout: Layout, moments: Pick<Analysis, 'peak' | 'end'>): Scene {
  const stepIndex = new Map(layout.steps.map((s, i) => [s.id, i]));
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type]));
  const byStep: SceneCard[][] = layout.steps.map(() => []);
  for (const card of map.cards) {
    const b = layout.cards.get(card.id);
    const i = b ? stepIndex.get(b.stepId) : undefined;
    if (!b || i === undefined) continue;
    byStep[i]!.push({
      x: b.x,
      y: b.y,
      w: b.w,
      h: b.h,
      fill: card.color ? THEME.cardFill[card.color] : THEME.defaultCardFill,
      fail: card.failPoint && laneHasField(laneType.get(card.laneId) ?? 'notes', 'failPoint'),
      text: b.lines[0] ?? '',
      imageH: b.hasImage ? METRICS.imageHeight : 0,
    });
  }
  const arrows: SceneArrow[] = [];
  const byId = new Map(map.connections.map((k) => [k.id, k]));
  // The board's routed arrows (domain/routing, memoised per layout), as straight runs: no rounding at this zoom.
  for (const r of routeMap(layout, map.connections, connectionLabelWidth)) {
    const k = byId.get(r.id)!;
    const d = r.points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');
    const n = pathPoints(d);
    if (n.length < 4) continue;
    const xs = n.filter((_, i) => i % 2 === 0);
    const m = n.length;
    arrows.push({
      d,
      head: [n[m - 2]!, n[m - 1]!, n[m - 4]!, n[m - 3]!],
      tail: k.twoWay ? [n[0]!, n[1]!, n[2]!, n[3]!] : null,
      minX: Math.min(...xs),
      maxX: Math.max(...xs),
      label: k.label,
    });
  }
  const curves: SceneCurve[] = [];
  map.lanes.forEach((lane, i) => {
    const points = layout.emotion.get(lane.id);
    if (!points) return;
    const r = layout.lanes[i]!;
    const scored = points.filter((p) => p.y !== null) as { stepId: string; x: number; y: number; value: number }[];
    curves.push({
      top: r.y,
      h: r.h,
      d: smoothPath(scored),
      floorY: emotionY(map.toleranceFloor, r.y, r.h),
      points: scored.map((p) => {
        const peak = p.stepId === moments.peak?.stepId;
        const end = p.stepId === moments.end?.stepId;
        return { x: p.x, y: p.y, low: p.value < map.toleranceFloor, mark: peak && end ? 'peak-end' : peak ? 'peak' : end ? 'end' : null };
      }),
    });
  });
  return {
    layout,
    lanes: layout.lanes.map((r) => ({ y: r.y, h: r.h, color: THEME.lanes[r.type], cards: !layout.emotion.has(r.id) })),
    byStep,
    arrows,
    curves,
    lines: layout.lines,
  };
}

/** Indices of the steps that overlap [x0, x1] in layout space (steps are sorted by x). */
export function stepRange(layout: Layout, x0: number, x1: number): [number, number] {
  const steps = layout.steps;
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = steps[mid]!;
    if (s.x + s.w < x0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < steps.length && steps[end]!.x <= x1) end++;
  return [lo, end];
}
