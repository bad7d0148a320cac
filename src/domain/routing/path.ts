import type { Rect } from '../layout';
import type { Point } from './route';

const r1 = (v: number) => Math.round(v * 10) / 10;

/** SVG path data for an orthogonal route, corners rounded (never more than half a segment). */
export function routePath(points: readonly Point[], radius = 6): string {
  if (points.length === 0) return '';
  const p0 = points[0]!;
  let d = `M${r1(p0.x)},${r1(p0.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L${r1(p.x)},${r1(p.y)}`;
      break;
    }
    const prev = points[i - 1]!;
    const lin = Math.hypot(p.x - prev.x, p.y - prev.y);
    const lout = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, lin / 2, lout / 2);
    if (r < 0.5) {
      d += ` L${r1(p.x)},${r1(p.y)}`;
      continue;
    }
    const ax = p.x - ((p.x - prev.x) / lin) * r;
    const ay = p.y - ((p.y - prev.y) / lin) * r;
    const bx = p.x + ((next.x - p.x) / lout) * r;
    const by = p.y + ((next.y - p.y) / lout) * r;
    d += ` L${r1(ax)},${r1(ay)} Q${r1(p.x)},${r1(p.y)} ${r1(bx)},${r1(by)}`;
  }
  return d;
}

/** Whether segment pq passes through the inside of a rectangle (touching its edge does not count). */
export function segmentHitsRect(p: Point, q: Point, r: Rect, eps = 0.5): boolean {
  const x0 = r.x + eps;
  const x1 = r.x + r.w - eps;
  const y0 = r.y + eps;
  const y1 = r.y + r.h - eps;
  // Liang–Barsky clipping against the shrunken rectangle.
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [pp, qq] of [
    [-dx, p.x - x0],
    [dx, x1 - p.x],
    [-dy, p.y - y0],
    [dy, y1 - p.y],
  ] as const) {
    if (pp === 0) {
      if (qq < 0) return false;
      continue;
    }
    const t = qq / pp;
    if (pp < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
