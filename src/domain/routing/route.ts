import type { CardBox, Layout, Rect } from '../layout';
import { corridors, type Band, type Corridors } from './corridors';
import { spreadTracks } from './tracks';

/**
 * Orthogonal routing of connections around cards, for the board and every export alike.
 *
 * Why a corridor router of our own rather than a general one (libavoid): the layout is a grid
 * whose free space is known exactly (see corridors.ts), so a route is one of five shapes built
 * from a stub in the card's own cell plus segments in gutters and bands. That is correct by
 * construction (no visibility graph, no search), runs in O(cards + connections), and gives the
 * regular look of a hand-drawn blueprint: arrows run along the grid lines, never diagonally.
 */

export type Side = 't' | 'r' | 'b' | 'l';
export interface Point {
  x: number;
  y: number;
}

export interface RouteRequest {
  id: string;
  from: string;
  to: string;
  label: string;
}

export interface Route {
  id: string;
  from: string;
  to: string;
  /** Orthogonal polyline from the source card's edge to the target card's edge. */
  points: Point[];
  fromSide: Side;
  toSide: Side;
  /** Where the label goes (a rectangle in free space), or null without a label. */
  label: Rect | null;
}

export const LABEL_HEIGHT = 20;

/** The shape of a route before tracks and ports give it coordinates. */
type Plan =
  | { kind: 'h'; y: number }
  | { kind: 'v'; x: number }
  | { kind: 'z'; gutter: number }
  | { kind: 'c'; gutter: number }
  | { kind: 'channel'; g1: number; band: number; g2: number };

interface Draft {
  req: RouteRequest;
  a: CardBox;
  b: CardBox;
  plan: Plan;
  fromSide: Side;
  toSide: Side;
  /** Port positions along the card sides (y for l/r sides), set when ports are spread. */
  pa: number;
  pb: number;
  /** Track offsets, set by spreadTracks. */
  gx: Map<number, number>;
  hy: number;
}

const MIN_OVERLAP = 12;
const MIN_BAND = LABEL_HEIGHT + 4;

export function routeConnections(layout: Layout, requests: readonly RouteRequest[], labelWidth: (text: string) => number): Route[] {
  const c = corridors(layout);
  const drafts: Draft[] = [];
  for (const req of requests) {
    const a = layout.cards.get(req.from);
    const b = layout.cards.get(req.to);
    if (!a || !b) continue;
    drafts.push(plan(c, req, a, b));
  }
  spreadPorts(drafts);
  spreadTracks(c, drafts);
  const placed = new RectHash();
  return drafts.map((d) => {
    const points = simplify(materialize(c, d));
    const label = d.req.label ? placeLabel(c, points, labelWidth(d.req.label) + 12, placed) : null;
    if (label) placed.add(label);
    return { id: d.req.id, from: d.req.from, to: d.req.to, points, fromSide: d.fromSide, toSide: d.toSide, label };
  });
}

function centerX(r: Rect): number {
  return r.x + r.w / 2;
}
function centerY(r: Rect): number {
  return r.y + r.h / 2;
}

export function gutterX(c: Corridors, g: number): number {
  const gut = c.gutters[g]!;
  return (gut.left + gut.right) / 2;
}

export function bandY(band: Band): number {
  return (band.top + band.bottom) / 2;
}

function usable(band: Band | undefined): band is Band {
  return !!band && band.bottom - band.top >= MIN_BAND;
}

function plan(c: Corridors, req: RouteRequest, a: CardBox, b: CardBox): Draft {
  const ca = c.stepIndex.get(a.stepId)!;
  const cb = c.stepIndex.get(b.stepId)!;
  const la = c.laneIndex.get(a.laneId)!;
  const lb = c.laneIndex.get(b.laneId)!;
  const labelled = req.label.trim() !== '';
  const draft = (p: Plan, fromSide: Side, toSide: Side): Draft => ({ req, a, b, plan: p, fromSide, toSide, pa: centerY(a), pb: centerY(b), gx: new Map(), hy: 0 });
  const crossesBand = la !== lb; // a label can sit where a vertical run crosses a lane boundary

  if (Math.abs(ca - cb) === 1) {
    const right = cb > ca;
    const top = Math.max(a.y, b.y);
    const bottom = Math.min(a.y + a.h, b.y + b.h);
    if (bottom - top >= MIN_OVERLAP && !labelled) return draft({ kind: 'h', y: (top + bottom) / 2 }, right ? 'r' : 'l', right ? 'l' : 'r');
    if (!labelled || crossesBand) return draft({ kind: 'z', gutter: Math.max(ca, cb) }, right ? 'r' : 'l', right ? 'l' : 'r');
  }
  if (ca === cb && a.id !== b.id) {
    const down = b.y > a.y;
    const [upper, lower] = down ? [a, b] : [b, a];
    const blocked = c.columns[ca]!.some((k) => k !== a && k !== b && k.y < lower.y && k.y + k.h > upper.y + upper.h);
    if (!blocked && (!labelled || crossesBand)) return draft({ kind: 'v', x: centerX(a) }, down ? 'b' : 't', down ? 't' : 'b');
    if (!labelled || crossesBand) return draft({ kind: 'c', gutter: ca + 1 }, 'r', 'r');
  }
  // The general route: out to the facing gutter, along a lane boundary, into the target's gutter.
  const band = pickBand(c, la, lb, (centerY(a) + centerY(b)) / 2);
  if (ca === cb) return draft({ kind: 'channel', g1: ca + 1, band, g2: ca }, 'r', 'l');
  const right = cb > ca;
  return draft({ kind: 'channel', g1: right ? ca + 1 : ca, band, g2: right ? cb : cb + 1 }, right ? 'r' : 'l', right ? 'l' : 'r');
}

/** The lane boundary to run along: between the two lanes (next to the source), or the nearer edge of a shared lane. */
function pickBand(c: Corridors, la: number, lb: number, midY: number): number {
  const candidates: number[] = [];
  if (la < lb) for (let j = la + 1; j <= lb; j++) candidates.push(j);
  else if (la > lb) for (let j = la; j >= lb + 1; j--) candidates.push(j);
  else candidates.push(...[la, la + 1].sort((x, y) => Math.abs(bandY(c.bands[x]!) - midY) - Math.abs(bandY(c.bands[y]!) - midY)));
  const ok = candidates.find((j) => usable(c.bands[j]));
  if (ok !== undefined) return ok;
  // No boundary between them has room (should not happen with the layout's row slack): the
  // nearest band that has, however far; a longer clean path beats a crossing.
  const all = c.bands.map((_, j) => j).filter((j) => usable(c.bands[j]));
  all.sort((x, y) => Math.abs(x - candidates[0]!) - Math.abs(y - candidates[0]!));
  return all[0] ?? candidates[0]!;
}

/** Several routes leaving one side of a card leave at different heights, ordered to avoid crossings. */
function spreadPorts(drafts: Draft[]): void {
  const groups = new Map<string, { d: Draft; end: 'a' | 'b'; toward: number }[]>();
  const add = (card: CardBox, side: Side, d: Draft, end: 'a' | 'b', toward: number) => {
    if (side === 't' || side === 'b' || d.plan.kind === 'h') return;
    const key = `${card.id}|${side}`;
    const list = groups.get(key);
    const item = { d, end, toward };
    if (list) list.push(item);
    else groups.set(key, [item]);
  };
  for (const d of drafts) {
    add(d.a, d.fromSide, d, 'a', centerY(d.b));
    add(d.b, d.toSide, d, 'b', centerY(d.a));
  }
  for (const [, list] of groups) {
    if (list.length < 2) continue;
    list.sort((x, y) => x.toward - y.toward);
    const card = list[0]!.end === 'a' ? list[0]!.d.a : list[0]!.d.b;
    list.forEach((item, i) => {
      const y = card.y + (card.h * (i + 1)) / (list.length + 1);
      if (item.end === 'a') item.d.pa = y;
      else item.d.pb = y;
    });
  }
}

function edgeX(card: CardBox, side: Side): number {
  return side === 'r' ? card.x + card.w : card.x;
}

function materialize(c: Corridors, d: Draft): Point[] {
  const { a, b, plan: p } = d;
  const gx = (g: number) => gutterX(c, g) + (d.gx.get(g) ?? 0);
  switch (p.kind) {
    case 'h':
      return [
        { x: edgeX(a, d.fromSide), y: p.y },
        { x: edgeX(b, d.toSide), y: p.y },
      ];
    case 'v':
      return [
        { x: p.x, y: d.fromSide === 'b' ? a.y + a.h : a.y },
        { x: p.x, y: d.toSide === 'b' ? b.y + b.h : b.y },
      ];
    case 'z':
    case 'c': {
      const x = gx(p.gutter);
      return [
        { x: edgeX(a, d.fromSide), y: d.pa },
        { x, y: d.pa },
        { x, y: d.pb },
        { x: edgeX(b, d.toSide), y: d.pb },
      ];
    }
    case 'channel': {
      const x1 = gx(p.g1);
      const x2 = gx(p.g2);
      return [
        { x: edgeX(a, d.fromSide), y: d.pa },
        { x: x1, y: d.pa },
        { x: x1, y: d.hy },
        { x: x2, y: d.hy },
        { x: x2, y: d.pb },
        { x: edgeX(b, d.toSide), y: d.pb },
      ];
    }
  }
}

/** Drops repeated points and points in the middle of a straight run. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

function overlaps(r: Rect, s: Rect): boolean {
  return r.x < s.x + s.w && s.x < r.x + r.w && r.y < s.y + s.h && s.y < r.y + r.h;
}

/**
 * A label goes where the route runs inside a band (lane boundaries are free of cards across the
 * whole grid): on a horizontal run in a band, or where a vertical run crosses one. Among those, the
 * one nearest the middle of the route that does not cover another label.
 */
function placeLabel(c: Corridors, points: Point[], w: number, placed: RectHash): Rect | null {
  const h = LABEL_HEIGHT;
  const spots: Point[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    for (const band of c.bands) {
      if (band.bottom - band.top < h + 2) continue;
      const clampY = (y: number) => Math.min(band.bottom - h / 2 - 1, Math.max(band.top + h / 2 + 1, y));
      if (p.y === q.y && p.y >= band.top && p.y <= band.bottom) spots.push({ x: (p.x + q.x) / 2, y: clampY(p.y) });
      else if (p.x === q.x && Math.min(p.y, q.y) <= bandY(band) && Math.max(p.y, q.y) >= bandY(band)) spots.push({ x: p.x, y: bandY(band) });
    }
  }
  if (!spots.length) return null;
  const mid = midpoint(points);
  spots.sort((s, t) => Math.hypot(s.x - mid.x, s.y - mid.y) - Math.hypot(t.x - mid.x, t.y - mid.y));
  const rects = spots.map((s) => {
    const x = Math.max(c.gridLeft + 2, Math.min(c.width - w - 2, s.x - w / 2));
    return { x, y: s.y - h / 2, w, h };
  });
  return rects.find((r) => !placed.hits(r)) ?? rects[0]!;
}

/** Placed labels in a coarse grid, so checking a new one against a thousand stays cheap. */
class RectHash {
  private cells = new Map<string, Rect[]>();
  private static readonly SIZE = 128;
  private keys(r: Rect): string[] {
    const S = RectHash.SIZE;
    const out: string[] = [];
    for (let i = Math.floor(r.x / S); i <= Math.floor((r.x + r.w) / S); i++) for (let j = Math.floor(r.y / S); j <= Math.floor((r.y + r.h) / S); j++) out.push(`${i},${j}`);
    return out;
  }
  add(r: Rect): void {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list) list.push(r);
      else this.cells.set(k, [r]);
    }
  }
  hits(r: Rect): boolean {
    return this.keys(r).some((k) => this.cells.get(k)?.some((q) => overlaps(r, q)));
  }
}

function midpoint(points: Point[]): Point {
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) total += Math.abs(points[i + 1]!.x - points[i]!.x) + Math.abs(points[i + 1]!.y - points[i]!.y);
  let left = total / 2;
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const len = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    if (left <= len && len > 0) return { x: p.x + ((q.x - p.x) * left) / len, y: p.y + ((q.y - p.y) * left) / len };
    left -= len;
  }
  return points[0]!;
}
