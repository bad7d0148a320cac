import type { CardBox } from './layout';

export type Side = 't' | 'r' | 'b' | 'l';

/** Which sides of two cards an arrow joins: the ones that face each other. */
export function facingSides(a: CardBox, b: CardBox): [Side, Side] {
  const dx = b.x + b.w / 2 - (a.x + a.w / 2);
  const dy = b.y + b.h / 2 - (a.y + a.h / 2);
  if (Math.abs(dx) > Math.abs(dy) * 1.5) return dx > 0 ? ['r', 'l'] : ['l', 'r'];
  return dy > 0 ? ['b', 't'] : ['t', 'b'];
}

export function sidePoint(box: CardBox, side: Side): { x: number; y: number } {
  switch (side) {
    case 't':
      return { x: box.x + box.w / 2, y: box.y };
    case 'b':
      return { x: box.x + box.w / 2, y: box.y + box.h };
    case 'l':
      return { x: box.x, y: box.y + box.h / 2 };
    case 'r':
      return { x: box.x + box.w, y: box.y + box.h / 2 };
  }
}

function controlOffset(distance: number, curvature: number): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

function control(side: Side, x1: number, y1: number, x2: number, y2: number, c: number): [number, number] {
  switch (side) {
    case 'l':
      return [x1 - controlOffset(x1 - x2, c), y1];
    case 'r':
      return [x1 + controlOffset(x2 - x1, c), y1];
    case 't':
      return [x1, y1 - controlOffset(y1 - y2, c)];
    case 'b':
      return [x1, y1 + controlOffset(y2 - y1, c)];
  }
}

/** The arrow between two cards: the same bezier React Flow draws on the board (curvature 0.25). */
export function connectionPath(a: CardBox, b: CardBox): { d: string; labelX: number; labelY: number } {
  const [sa, sb] = facingSides(a, b);
  const s = sidePoint(a, sa);
  const t = sidePoint(b, sb);
  const [c1x, c1y] = control(sa, s.x, s.y, t.x, t.y, 0.25);
  const [c2x, c2y] = control(sb, t.x, t.y, s.x, s.y, 0.25);
  const r = (v: number) => Math.round(v * 10) / 10;
  return {
    d: `M${r(s.x)},${r(s.y)} C${r(c1x)},${r(c1y)} ${r(c2x)},${r(c2y)} ${r(t.x)},${r(t.y)}`,
    labelX: s.x * 0.125 + c1x * 0.375 + c2x * 0.375 + t.x * 0.125,
    labelY: s.y * 0.125 + c1y * 0.375 + c2y * 0.375 + t.y * 0.125,
  };
}
