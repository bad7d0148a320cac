import { METRICS, type CardBox, type Layout } from '../layout';

/**
 * The free space of a layout, as the router sees it. Cards sit inside their cells with padding, so
 * two kinds of corridor cross the whole grid without touching a card:
 * - gutters: the vertical strips on the step boundaries (a cell's padding on either side),
 * - bands: the horizontal strips on the lane boundaries (from the lowest card bottom of one lane
 *   to the highest card top of the next; the "add" room under each cell makes them ≥ 40 px).
 * Every route is made of stubs inside a card's own cell plus segments inside corridors, so it can
 * never cross a card: that is the whole argument, and the property test checks it.
 */

export interface Band {
  /** Index of the lane above the band (−1 for the band above the first lane). */
  below: number;
  top: number;
  bottom: number;
}

export interface Gutter {
  /** Step boundary index: 0 is left of the first step, n right of the last. */
  index: number;
  /** Free strip [left, right]. */
  left: number;
  right: number;
}

export interface Corridors {
  gutters: Gutter[];
  /** One band per lane boundary, top to bottom; bands[i + 1] lies below lane i. */
  bands: Band[];
  stepIndex: Map<string, number>;
  laneIndex: Map<string, number>;
  /** Cards of each step column, top to bottom. */
  columns: CardBox[][];
  /** Left edge of the drawable grid (right of the lane headers). */
  gridLeft: number;
  width: number;
}

const cache = new WeakMap<Layout, Corridors>();

export function corridors(layout: Layout): Corridors {
  let c = cache.get(layout);
  if (!c) cache.set(layout, (c = build(layout)));
  return c;
}

function build(layout: Layout): Corridors {
  const stepIndex = new Map(layout.steps.map((s, i) => [s.id, i]));
  const laneIndex = new Map(layout.lanes.map((l, i) => [l.id, i]));
  const columns: CardBox[][] = layout.steps.map(() => []);
  const laneTop = layout.lanes.map((l) => l.y + l.h);
  const laneBottom = layout.lanes.map((l) => l.y);
  for (const b of layout.cards.values()) {
    columns[stepIndex.get(b.stepId)!]?.push(b);
    const li = laneIndex.get(b.laneId)!;
    laneTop[li] = Math.min(laneTop[li]!, b.y);
    laneBottom[li] = Math.max(laneBottom[li]!, b.y + b.h);
  }
  for (const col of columns) col.sort((a, b) => a.y - b.y);

  const gridLeft = layout.steps[0]?.x ?? layout.width;
  const gutters: Gutter[] = [];
  for (let k = 0; k <= layout.steps.length; k++) {
    const x = k < layout.steps.length ? layout.steps[k]!.x : layout.width;
    const inset = METRICS.cellPadding;
    // The outer gutters have cards on one side only: the lane headers or the map's edge bound them.
    gutters.push({ index: k, left: k === 0 ? x : x - inset, right: k === layout.steps.length ? x : x + inset });
  }

  const bands: Band[] = [];
  const n = layout.lanes.length;
  for (let i = -1; i < n; i++) {
    // A lane without cards is free from its top to its bottom.
    const top = i < 0 ? (layout.lanes[0]?.y ?? 0) : laneBottom[i]!;
    const bottom = i + 1 < n ? laneTop[i + 1]! : i < 0 ? top : layout.lanes[i]!.y + layout.lanes[i]!.h;
    bands.push({ below: i, top, bottom: Math.max(top, bottom) });
  }
  return { gutters, bands, stepIndex, laneIndex, columns, gridLeft, width: layout.width };
}
