import { CARD_FONT_FAMILY, type Layout } from '../../domain/layout';
import { COLORS as C, THEME } from '../../domain/theme';
import type { JourneyMap } from '../../domain/types';
import { stepRange, type Scene } from './overviewScene';

/**
 * The minimap: the map as coloured blocks (lanes, stages, cards) on a small canvas. `scale` maps
 * layout pixels to canvas pixels.
 */
export function drawBlocks(ctx: CanvasRenderingContext2D, map: JourneyMap, layout: Layout, scale: number): void {
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.clearRect(0, 0, layout.width, layout.height);
  const min = 1 / scale; // never thinner than one canvas pixel
  for (const r of layout.lanes) {
    ctx.fillStyle = THEME.lanes[r.type];
    ctx.fillRect(0, r.y, layout.width, r.h);
    ctx.fillStyle = C.line;
    ctx.fillRect(0, r.y + r.h - min, layout.width, min);
  }
  ctx.fillStyle = C.stageHeader;
  for (const s of layout.stages) ctx.fillRect(s.x, s.y, s.w - 2 * min, s.h);
  ctx.fillStyle = C.line;
  for (const s of layout.steps) ctx.fillRect(s.x, s.y, s.w - min, s.h);
  for (const card of map.cards) {
    const b = layout.cards.get(card.id);
    if (!b) continue;
    ctx.fillStyle = card.color ? THEME.cardFill[card.color] : THEME.defaultCardFill;
    ctx.fillRect(b.x, b.y, Math.max(b.w, min), Math.max(b.h, min));
  }
  ctx.restore();
}

export interface View {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
  dpr: number;
}

export interface OverviewLabels {
  peak: string;
  end: string;
}

/** Card text on the overview: 8 to 11 px with the zoom, drawn only where a card has room for it. */
const textPx = (zoom: number) => Math.min(11, Math.round(36 * zoom) - 2);
const MIN_TEXT_PX = 8;
const truncCache = new Map<string, string>();

function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  const bucket = Math.floor(width / 6) * 6; // a few widths, so panning reuses the cut
  const key = `${bucket}\u0000${text}`;
  let out = truncCache.get(key);
  if (out !== undefined) return out;
  out = text;
  if (ctx.measureText(text).width > bucket) {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText(`${text.slice(0, mid)}…`).width <= bucket) lo = mid;
      else hi = mid - 1;
    }
    out = lo > 0 ? `${text.slice(0, lo)}…` : '';
  }
  if (truncCache.size > 20_000) truncCache.clear();
  truncCache.set(key, out);
  return out;
}

const paths = new WeakMap<object, Path2D>();
function path2d(owner: object, d: string): Path2D {
  let p = paths.get(owner);
  if (!p) paths.set(owner, (p = new Path2D(d)));
  return p;
}

function arrowHead(ctx: CanvasRenderingContext2D, [x, y, fx, fy]: [number, number, number, number], size: number): void {
  const a = Math.atan2(y - fy, x - fx);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x - size * Math.cos(a - 0.45), y - size * Math.sin(a - 0.45));
  ctx.lineTo(x - size * Math.cos(a + 0.45), y - size * Math.sin(a + 0.45));
  ctx.closePath();
  ctx.fill();
}

/**
 * The zoomed-out board, drawn for the part of the map in view (a frame costs what is visible,
 * not the whole map): lane tints, cards with their first line where it fits, arrows, the
 * emotion curve with its floor, peak and end, and the blueprint lines. Headers are drawn by the
 * pinned header bands on top.
 */
/** Returns how many card lines it wrote (the e2e tests read it beside the pixels). */
export function drawViewport(ctx: CanvasRenderingContext2D, scene: Scene, v: View, labels: OverviewLabels): number {
  const { layout } = scene;
  const z = v.zoom;
  ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
  ctx.clearRect(0, 0, v.width, v.height);
  // The part of the layout in view.
  const x0 = -v.x / z;
  const x1 = (v.width - v.x) / z;
  const y0 = -v.y / z;
  const y1 = (v.height - v.y) / z;
  const gridX = layout.steps[0]?.x ?? 0;
  const gridY = layout.lanes[0]?.y ?? 0;
  const inLayout = () => ctx.setTransform(v.dpr * z, 0, 0, v.dpr * z, v.dpr * v.x, v.dpr * v.y);
  inLayout();
  const px = 1 / z; // one screen pixel in layout units

  for (const lane of scene.lanes) {
    if (lane.y > y1 || lane.y + lane.h < y0) continue;
    ctx.fillStyle = lane.cards ? lane.color : C.surfaceMuted;
    ctx.fillRect(gridX, lane.y, layout.width - gridX, lane.h);
    ctx.fillStyle = C.line;
    ctx.fillRect(gridX, lane.y + lane.h - px, layout.width - gridX, px);
  }
  const [s0, s1] = stepRange(layout, x0, x1);
  // Step columns and stage boundaries, where they are far enough apart to read as columns.
  if ((layout.steps[0]?.w ?? 0) * z >= 6) {
    ctx.fillStyle = C.lineSoft;
    for (let i = s0; i < s1; i++) {
      const s = layout.steps[i]!;
      ctx.fillRect(s.x + s.w - px, gridY, px, layout.height - gridY);
    }
  }
  ctx.fillStyle = C.stageHeader;
  for (const st of layout.stages) {
    if (st.x > x1 || st.x + st.w < x0) continue;
    ctx.fillRect(st.x + st.w - px, gridY, 1.5 * px, layout.height - gridY);
  }

  const fontPx = textPx(z);
  const textItems: { x: number; y: number; w: number; text: string }[] = [];
  for (let i = s0; i < s1; i++) {
    for (const c of scene.byStep[i]!) {
      if (c.y > y1 || c.y + c.h < y0) continue;
      ctx.fillStyle = c.fill;
      ctx.fillRect(c.x, c.y, Math.max(c.w, px), Math.max(c.h, px));
      if (c.h * z >= 4) {
        ctx.fillStyle = C.cardBorder;
        ctx.fillRect(c.x, c.y + c.h - px, Math.max(c.w, px), px);
      }
      if (c.imageH) {
        // No photo decoded at this zoom: a tinted band where it sits, the text below it.
        ctx.fillStyle = C.surfaceAlt;
        ctx.fillRect(c.x, c.y, c.w, c.imageH);
      }
      if (c.fail) {
        ctx.fillStyle = C.danger;
        ctx.fillRect(c.x, c.y, Math.max(4, 2 * px), c.h);
      }
      if (fontPx >= MIN_TEXT_PX && c.text && (c.h - c.imageH) * z >= fontPx + 2 && c.w * z >= 28) textItems.push({ x: c.x, y: c.y + c.imageH, w: c.w, text: c.text });
    }
  }

  // Blueprint lines.
  ctx.lineWidth = 1.5 * px;
  ctx.setLineDash([6 * px, 4 * px]);
  for (const line of scene.lines) {
    if (line.y < y0 || line.y > y1) continue;
    ctx.strokeStyle = line.kind === 'interaction' ? C.lineInteraction : line.kind === 'visibility' ? C.lineVisibility : C.lineInternal;
    ctx.beginPath();
    ctx.moveTo(gridX, line.y);
    ctx.lineTo(layout.width, line.y);
    ctx.stroke();
  }

  // The emotion curve: floor, curve, points.
  for (const curve of scene.curves) {
    if (curve.top > y1 || curve.top + curve.h < y0) continue;
    ctx.strokeStyle = C.low;
    ctx.lineWidth = 1.5 * px;
    ctx.beginPath();
    ctx.moveTo(gridX, curve.floorY);
    ctx.lineTo(layout.width, curve.floorY);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.strokeStyle = C.curve;
    ctx.lineWidth = 2.5 * px;
    if (curve.d) ctx.stroke(path2d(curve, curve.d));
    const r = Math.max(3, Math.min(8, 9 * z)) * px;
    for (const p of curve.points) {
      if (p.x < x0 - 20 * px || p.x > x1 + 20 * px) continue;
      ctx.fillStyle = p.low ? C.low : C.curve;
      ctx.beginPath();
      ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.setLineDash([6 * px, 4 * px]);
  }
  ctx.setLineDash([]);

  // Arrows: the domain's paths, so the overview and the exports agree.
  ctx.strokeStyle = C.connection;
  ctx.fillStyle = C.connection;
  ctx.lineWidth = 1.5 * px;
  const head = Math.max(5, Math.min(9, 12 * z)) * px;
  // Far out an arrow is a few pixels long: noise, and a thousand of them cost a frame.
  for (const a of z >= 0.06 ? scene.arrows : []) {
    if (a.maxX < x0 || a.minX > x1) continue;
    ctx.stroke(path2d(a, a.d));
    arrowHead(ctx, a.head, head);
    if (a.tail) arrowHead(ctx, a.tail, head);
  }

  // Text in screen pixels, so it stays legible whatever the zoom.
  ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
  ctx.font = `${fontPx}px ${CARD_FONT_FAMILY}`;
  ctx.textBaseline = 'top';
  ctx.fillStyle = C.ink;
  let written = 0;
  for (const t of textItems) {
    const pad = Math.max(2, 10 * z);
    const text = fitText(ctx, t.text, t.w * z - 2 * pad);
    if (!text) continue;
    ctx.fillText(text, t.x * z + v.x + pad, t.y * z + v.y + Math.max(1, 8 * z - 1));
    written++;
  }
  // Peak and end chips on the curve.
  ctx.font = `700 11px ${CARD_FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  for (const curve of scene.curves) {
    for (const p of curve.points) {
      if (!p.mark) continue;
      const text = p.mark === 'peak-end' ? `${labels.peak} · ${labels.end}` : labels[p.mark];
      const sx = p.x * z + v.x;
      const above = p.y > curve.top + curve.h / 2;
      const sy = p.y * z + v.y + (above ? -14 : 14);
      const w = ctx.measureText(text).width + 10;
      ctx.fillStyle = C.moment;
      ctx.beginPath();
      ctx.roundRect(sx - w / 2, sy - 8, w, 16, 8);
      ctx.fill();
      ctx.fillStyle = C.surface;
      ctx.fillText(text, sx, sy + 0.5);
    }
  }
  ctx.textAlign = 'start';
  return written;
}
