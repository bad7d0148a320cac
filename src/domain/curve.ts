/**
 * A smooth path through points (monotone cubic in x, Fritsch–Carlson): it never overshoots, so
 * the curve never shows an emotion beyond the scores that were given.
 */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  const n = points.length;
  if (n === 0) return '';
  const p0 = points[0]!;
  if (n === 1) return `M${r(p0.x)},${r(p0.y)}`;
  const dx: number[] = [];
  const slope: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    dx.push(b.x - a.x);
    slope.push(b.x === a.x ? 0 : (b.y - a.y) / (b.x - a.x));
  }
  const tangent: number[] = [slope[0]!];
  for (let i = 1; i < n - 1; i++) {
    const s0 = slope[i - 1]!;
    const s1 = slope[i]!;
    tangent.push(s0 * s1 <= 0 ? 0 : (3 * (dx[i - 1]! + dx[i]!)) / ((2 * dx[i]! + dx[i - 1]!) / s0 + (dx[i]! + 2 * dx[i - 1]!) / s1));
  }
  tangent.push(slope[n - 2]!);
  let d = `M${r(p0.x)},${r(p0.y)}`;
  for (let i = 0; i < n - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const h = dx[i]! / 3;
    d += ` C${r(a.x + h)},${r(a.y + tangent[i]! * h)} ${r(b.x - h)},${r(b.y - tangent[i + 1]! * h)} ${r(b.x)},${r(b.y)}`;
  }
  return d;
}

function r(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * Where the labels around the emotion curve go, so none of them sits on the curve, the floor line
 * or each other: the value beside each point, the peak/end chip, the tolerance floor's label.
 * Pure and in layout coordinates, shared by the board and the exports.
 */
export interface CurvePoint {
  x: number;
  y: number;
}

export interface TextSpot {
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * The value goes in a quadrant the curve does not pass through: above a crest, below a trough,
 * upper-left on a rise and upper-right on a fall (the curve occupies the other two), outside at
 * either end.
 */
export function valueLabelSpot(points: readonly CurvePoint[], i: number): TextSpot {
  const p = points[i]!;
  const prev = points[i - 1];
  const next = points[i + 1];
  const gap = 13;
  if (!prev && !next) return { x: p.x + gap, y: p.y + 4, anchor: 'start' };
  if (!prev) return { x: p.x - gap, y: p.y + 5, anchor: 'end' };
  if (!next) return { x: p.x + gap, y: p.y + 5, anchor: 'start' };
  const left = Math.sign(prev.y - p.y); // +1: the curve comes from below
  const right = Math.sign(next.y - p.y);
  if (left >= 0 && right >= 0) return { x: p.x, y: p.y - gap - 2, anchor: 'middle' };
  if (left <= 0 && right <= 0) return { x: p.x, y: p.y + gap + 12, anchor: 'middle' };
  if (left > 0) return { x: p.x - gap + 2, y: p.y - 9, anchor: 'end' }; // rising: upper-left is free
  return { x: p.x + gap - 2, y: p.y - 9, anchor: 'start' }; // falling: upper-right is free
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The curve as straight pieces between points, close enough to keep labels off it. */
function curveHits(points: readonly CurvePoint[], r: Box): boolean {
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const steps = 12;
    for (let k = 0; k <= steps; k++) {
      const x = p.x + ((q.x - p.x) * k) / steps;
      const y = p.y + ((q.y - p.y) * k) / steps;
      if (x >= r.x - 3 && x <= r.x + r.w + 3 && y >= r.y - 3 && y <= r.y + r.h + 3) return true;
    }
  }
  return false;
}

/** A value label's box, for keeping chips off it. */
export function valueLabelBox(spot: TextSpot, width: number): Box {
  const x = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return { x, y: spot.y - 12, w: width, h: 15 };
}

/**
 * The peak/end chip (width × 20): above or below its point, whichever keeps it inside the row and
 * off the floor line, the curve and the value labels; failing all, the least bad.
 */
export function chipSpot(args: { points: readonly CurvePoint[]; i: number; width: number; floorY: number; top: number; bottom: number; avoid: readonly Box[] }): Box {
  const p = args.points[args.i]!;
  const h = 20;
  const preferAbove = p.y > (args.top + args.bottom) / 2;
  const ds = [14, 30, 46];
  const candidates: Box[] = [];
  for (const d of ds) {
    const above = { x: p.x - args.width / 2, y: p.y - d - h, w: args.width, h };
    const below = { x: p.x - args.width / 2, y: p.y + d, w: args.width, h };
    candidates.push(...(preferAbove ? [above, below] : [below, above]));
  }
  const cost = (b: Box) =>
    (b.y < args.top + 2 || b.y + h > args.bottom - 2 ? 8 : 0) +
    (args.floorY > b.y - 3 && args.floorY < b.y + h + 3 ? 4 : 0) +
    (curveHits(args.points, b) ? 2 : 0) +
    (args.avoid.some((a) => boxesOverlap(a, b)) ? 2 : 0);
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const c of candidates) {
    const k = cost(c);
    if (k < bestCost) [best, bestCost] = [c, k];
    if (k === 0) break;
  }
  return best;
}

/**
 * The floor's label goes where the curve is farthest from the floor line, on the side of the
 * line away from the curve, so it never meets a point (the last one least of all).
 */
export function floorLabelSpot(args: { points: readonly CurvePoint[]; floorY: number; left: number; right: number; width: number }): TextSpot {
  const xs = [args.left, ...args.points.map((p) => p.x), args.right];
  let best = { x: (args.left + args.right) / 2, clearance: -1, above: true };
  for (let i = 0; i + 1 < xs.length; i++) {
    const x0 = xs[i]!;
    const x1 = xs[i + 1]!;
    if (x1 - x0 < args.width + 24) continue;
    const near = args.points.filter((p) => p.x >= x0 - 1 && p.x <= x1 + 1);
    const crosses = near.some((p) => p.y < args.floorY) && near.some((p) => p.y > args.floorY);
    const clearance = crosses ? 0 : near.length ? Math.min(...near.map((p) => Math.abs(p.y - args.floorY))) : 1000;
    const above = !near.some((p) => p.y < args.floorY && p.y > args.floorY - 24);
    if (clearance > best.clearance) best = { x: (x0 + x1) / 2, clearance, above };
  }
  return { x: best.x, y: best.above ? args.floorY - 5 : args.floorY + 14, anchor: 'middle' };
}
