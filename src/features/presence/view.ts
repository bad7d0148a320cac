import type { ViewCentre } from './state';

/** React Flow's transform: translate x, translate y, zoom. */
export type Transform = readonly [number, number, number];

/**
 * Where a view looks, independent of its window: the flow point at its centre and its zoom. A
 * follower with a smaller or larger window then sees the same middle at the same scale.
 */
export function centreOf([tx, ty, zoom]: Transform, width: number, height: number): ViewCentre {
  const round = (v: number) => Math.round(v * 10) / 10;
  return { x: round((width / 2 - tx) / zoom), y: round((height / 2 - ty) / zoom), zoom: Math.round(zoom * 1e4) / 1e4 };
}

/** The transform that puts `view` in the middle of a width × height board. */
export function transformFor(view: ViewCentre, width: number, height: number): Transform {
  return [width / 2 - view.x * view.zoom, height / 2 - view.y * view.zoom, view.zoom];
}

/** Whether two transforms show the same thing (within a pixel): anything else was a move. */
export function sameTransform(a: Transform, b: Transform): boolean {
  return Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1 && Math.abs(a[2] - b[2]) < 1e-3;
}
