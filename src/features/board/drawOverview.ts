import { CARD_FILL, DEFAULT_CARD_FILL, LANES, laneHasField } from '../../domain/lanes';
import type { Layout } from '../../domain/layout';
import type { JourneyMap } from '../../domain/types';

/**
 * Draws the map as coloured blocks (lanes, stages, cards) on a 2D canvas: the minimap and the
 * zoomed-out board. `scale` maps layout pixels to canvas pixels; (x0, y0) is the layout origin.
 */
export function drawOverview(ctx: CanvasRenderingContext2D, map: JourneyMap, layout: Layout, scale: number, x0 = 0, y0 = 0, headers = true): void {
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, -x0 * scale, -y0 * scale);
  ctx.clearRect(x0, y0, layout.width, layout.height);
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type]));
  map.lanes.forEach((lane, i) => {
    const r = layout.lanes[i]!;
    ctx.fillStyle = LANES[lane.type].color;
    ctx.fillRect(headers ? 0 : x0, r.y, layout.width, r.h);
    ctx.fillStyle = '#cfd8dc';
    ctx.fillRect(0, r.y + r.h - 1 / scale, layout.width, 1 / scale);
  });
  if (headers) {
    ctx.fillStyle = '#37474f';
    for (const s of layout.stages) ctx.fillRect(s.x, s.y, s.w - 2 / scale, s.h);
    ctx.fillStyle = '#cfd8dc';
    for (const s of layout.steps) ctx.fillRect(s.x, s.y, s.w - 1 / scale, s.h);
  }
  const min = 1 / scale; // never thinner than one canvas pixel
  for (const card of map.cards) {
    const b = layout.cards.get(card.id);
    if (!b) continue;
    ctx.fillStyle = card.color ? CARD_FILL[card.color] : DEFAULT_CARD_FILL;
    ctx.fillRect(b.x, b.y, Math.max(b.w, min), Math.max(b.h, min));
    ctx.fillStyle = '#90a4ae';
    ctx.fillRect(b.x, b.y + b.h - min, Math.max(b.w, min), min);
    if (card.failPoint && laneHasField(laneType.get(card.laneId) ?? 'notes', 'failPoint')) {
      ctx.fillStyle = '#b71c1c';
      ctx.fillRect(b.x, b.y, Math.max(6, 2 * min), b.h);
    }
  }
  ctx.restore();
}
