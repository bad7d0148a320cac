import type { Layout } from '../../domain/layout';
import { LOD_ZOOM } from './lod';

export interface FitOptions {
  /** The minimap's corner (bottom right): the fitted map never lies under it. */
  minimap: { width: number; height: number; margin: number } | null;
  /** Header bands drawn over the zoomed-out board (left and top). */
  band: { left: number; top: number };
  padding?: number;
  maxZoom?: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport that shows the whole map inside the pane it is given (the board's own visible
 * area, so a panel beside it never hides part of the map), clear of the minimap: the map goes
 * either above the minimap or left of it, whichever gives the larger zoom. Zoomed out, the grid
 * is fitted beside the pinned header bands instead of the headers themselves.
 */
export function fitViewport(layout: Layout, pane: { width: number; height: number }, o: FitOptions): Viewport {
  const pad = o.padding ?? 16;
  const maxZoom = o.maxZoom ?? 1;
  const areas = o.minimap
    ? [
        { w: pane.width - 2 * pad, h: pane.height - 2 * pad - o.minimap.height - o.minimap.margin },
        { w: pane.width - 2 * pad - o.minimap.width - o.minimap.margin, h: pane.height - 2 * pad },
      ]
    : [{ w: pane.width - 2 * pad, h: pane.height - 2 * pad }];
  const gridX = layout.steps[0]?.x ?? 0;
  const gridY = layout.lanes[0]?.y ?? 0;
  let best: Viewport | null = null;
  for (const a of areas) {
    if (a.w <= 0 || a.h <= 0) continue;
    let zoom = Math.min(a.w / layout.width, a.h / layout.height, maxZoom);
    let x = pad + (a.w - layout.width * zoom) / 2;
    let y = pad + (a.h - layout.height * zoom) / 2;
    if (zoom < LOD_ZOOM) {
      const w = a.w - o.band.left;
      const h = a.h - o.band.top;
      const gw = layout.width - gridX;
      const gh = layout.height - gridY;
      zoom = Math.max(0.001, Math.min(w / gw, h / gh, LOD_ZOOM * 0.999));
      x = pad + o.band.left + (w - gw * zoom) / 2 - gridX * zoom;
      y = pad + o.band.top + (h - gh * zoom) / 2 - gridY * zoom;
    }
    if (!best || zoom > best.zoom) best = { x, y, zoom };
  }
  return best ?? { x: pad, y: pad, zoom: Math.min(1, maxZoom) };
}
