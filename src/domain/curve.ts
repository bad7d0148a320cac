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
