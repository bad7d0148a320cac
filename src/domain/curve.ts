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
 * The floor's label goes where the curve stays farthest from it, above or below the line: every
 * place along the line is tried, and the label's box is kept off the points (and their value
 * labels) and the curve between them, so it never meets a point, the last one least of all.
 * `height` is the label's font size (11 on the board and in images, larger on slides).
 */
export function floorLabelSpot(args: { points: readonly CurvePoint[]; floorY: number; left: number; right: number; width: number; height?: number }): TextSpot {
  const h = args.height ?? 11;
  const pts = [...args.points].sort((a, b) => a.x - b.x);
  // The first point at or right of x (binary search: a long journey has hundreds of points).
  const from = (x: number): number => {
    let lo = 0;
    let hi = pts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pts[mid]!.x < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // How far a box (x0…x1, y0…y1) keeps from the curve and from each point's dot and value label.
  const clearance = (x0: number, x1: number, y0: number, y1: number): number => {
    let c = Infinity;
    const away = (y: number, margin: number) => (y < y0 ? y0 - y : y > y1 ? y - y1 : 0) - margin;
    const first = from(x0 - 14);
    for (let i = first; i < pts.length && pts[i]!.x <= x1 + 14; i++) c = Math.min(c, away(pts[i]!.y, 20));
    // The curve between the points, sampled every 4 px (straight segments: close enough for a label).
    let i = Math.max(0, from(x0) - 1);
    for (let x = x0; x <= x1; x += 4) {
      while (i + 1 < pts.length && pts[i + 1]!.x < x) i++;
      const a = pts[i];
      const b = pts[i + 1];
      if (!a || !b || x < a.x) continue;
      c = Math.min(c, away(b.x === a.x ? a.y : a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y), 2));
    }
    return c;
  };
  const half = args.width / 2 + 6;
  const lo = args.left + half;
  const hi = Math.max(lo, args.right - half);
  let best = { x: hi, above: true, gap: 2, score: -Infinity };
  // From the right: with equal room, the label sits at the end of the line, where a reader looks
  // for it. Hugging the line is preferred; it moves off it only when the points leave no room.
  // At most about 200 places along a long line.
  const step = Math.max(6, (hi - lo) / 200);
  for (let x = hi; x >= lo - 0.01; x -= step) {
    for (const gap of [2, 12, 24]) {
      for (const above of [true, false]) {
        const y0 = above ? args.floorY - gap - h - 4 : args.floorY + gap;
        const score = Math.min(clearance(x - half, x + half, y0, y0 + h + 4), 40) - (gap - 2) * 0.5;
        if (score > best.score + 0.5) best = { x, above, gap, score };
      }
    }
  }
  return { x: best.x, y: best.above ? args.floorY - best.gap - 3 : args.floorY + best.gap + h + 1, anchor: 'middle' };
}
