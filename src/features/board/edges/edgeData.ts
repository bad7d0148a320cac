import { METRICS, type Layout, type Rect } from '../../../domain/layout';
import { measureText } from '../measure';
import { routePath, type Point, type Route, type Side } from '../../../domain/routing';

/** What a connection edge draws: the routed path, where its label goes, where its ends were routed from. */
export type ConnectionEdgeData = {
  twoWay: boolean;
  label: string;
  d: string;
  labelBox: Rect | null;
  /** The handle centres the route assumed; while a card is dragged they differ and the edge falls back. */
  source: Point;
  target: Point;
  /** What the edge covers (route and label), so the board can tell whether it is near the view. */
  box: Rect;
};

/** Card handles' size: a hit target of at least 16 px. */
export const HANDLE_SIZE = 16;

/** Where React Flow puts an edge's end for a handle: the middle of the handle's outer side. */
function handleCentre(r: Rect, side: Side): Point {
  const o = HANDLE_SIZE / 2;
  if (side === 't') return { x: r.x + r.w / 2, y: r.y - o };
  if (side === 'b') return { x: r.x + r.w / 2, y: r.y + r.h + o };
  if (side === 'l') return { x: r.x - o, y: r.y + r.h / 2 };
  return { x: r.x + r.w + o, y: r.y + r.h / 2 };
}

export function connectionEdgeData(route: Route, twoWay: boolean, label: string, layout: Layout): ConnectionEdgeData {
  return {
    twoWay,
    label,
    d: routePath(route.points),
    labelBox: route.label,
    source: handleCentre(layout.cards.get(route.from)!, route.fromSide),
    target: handleCentre(layout.cards.get(route.to)!, route.toSide),
    box: boundsOf(route),
  };
}

function boundsOf(route: Route): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number) => {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  };
  for (const p of route.points) add(p.x, p.y);
  if (route.label) {
    add(route.label.x, route.label.y);
    add(route.label.x + route.label.w, route.label.y + route.label.h);
  }
  return x0 <= x1 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : { x: 0, y: 0, w: 0, h: 0 };
}

const sameRect = (a: Rect | null, b: Rect | null) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h);
const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;

export function sameEdgeData(a: ConnectionEdgeData | undefined, b: ConnectionEdgeData): boolean {
  return !!a && a.d === b.d && a.twoWay === b.twoWay && a.label === b.label && sameRect(a.labelBox, b.labelBox) && samePoint(a.source, b.source) && samePoint(a.target, b.target);
}

/** A label's text width at the label's 12 px, from the board's own text measure. */
export const connectionLabelWidth = (text: string): number => measureText(text) * (12 / METRICS.fontSize);
