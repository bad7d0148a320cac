import type { Rect } from '../../domain/layout';

/**
 * The part of the map React Flow is given: the view and one view's width and height around it.
 * React Flow's own work on every change (adopting nodes, finding the visible ones, edge lookups)
 * grows with the nodes it holds; at 5,000 cards it was a third of an edit's main-thread time and
 * most of a pan step's. The layout still knows every node, so fitting, revealing and the minimap
 * are unchanged, and the window moves only when the view comes near its edge.
 */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** The visible part of the map, in map coordinates, for a pane of `width` × `height` px. */
export function viewBox(transform: readonly [number, number, number], width: number, height: number): Box | null {
  const [tx, ty, zoom] = transform;
  if (!(width > 0 && height > 0 && zoom > 0)) return null;
  return { x0: -tx / zoom, y0: -ty / zoom, x1: (width - tx) / zoom, y1: (height - ty) / zoom };
}

/**
 * The window for a view: the current one while the view stays at least a quarter of a view away
 * from its edges (so a pan re-windows once per view travelled, not per frame), else a new one,
 * the view grown by its own size on every side.
 */
export function windowFor(view: Box | null, current: Box | null): Box | null {
  if (!view) return null;
  const w = view.x1 - view.x0;
  const h = view.y1 - view.y0;
  if (current) {
    const inner = { x0: current.x0 + w / 4, y0: current.y0 + h / 4, x1: current.x1 - w / 4, y1: current.y1 - h / 4 };
    // Kept only at (about) the zoom it was made for: zoomed in far, a window of old views is too wide to be cheap.
    const wasW = (current.x1 - current.x0) / 3;
    if (view.x0 >= inner.x0 && view.y0 >= inner.y0 && view.x1 <= inner.x1 && view.y1 <= inner.y1 && wasW <= 2 * w) return current;
  }
  return { x0: view.x0 - w, y0: view.y0 - h, x1: view.x1 + w, y1: view.y1 + h };
}

const meets = (b: Box, x: number, y: number, w: number, h: number) => x <= b.x1 && x + w >= b.x0 && y <= b.y1 && y + h >= b.y0;
const meetsRect = (b: Box, r: Rect) => meets(b, r.x, r.y, r.w, r.h);

type Sized = { id: string; position: { x: number; y: number }; width?: number; height?: number };

type Bounded = { source: string; target: string; data?: { box?: Rect } };

/**
 * The nodes and edges that meet the window. An edge is kept when its route does, and so are the
 * cards at its ends wherever they are (React Flow draws an edge only between nodes it holds), as
 * is the node being dragged. `null` (no view yet): everything.
 */
export function inWindow<N extends Sized, E extends Bounded>(nodes: readonly N[], edges: readonly E[], box: Box | null, keep?: string | null): { nodes: readonly N[]; edges: readonly E[] } {
  if (!box) return { nodes, edges };
  const keptEdges = edges.filter((e) => !e.data?.box || meetsRect(box, e.data.box));
  const ends = new Set<string>();
  for (const e of keptEdges) {
    ends.add(e.source);
    ends.add(e.target);
  }
  if (keep) ends.add(keep);
  return { nodes: nodes.filter((n) => ends.has(n.id) || meets(box, n.position.x, n.position.y, n.width ?? 0, n.height ?? 0)), edges: keptEdges };
}
