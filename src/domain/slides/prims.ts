import { CARD_FONT_FAMILY } from '../layout';
import { ARROW } from '../formats/svg';
import { imageSvg } from '../formats/svgImage';
import { esc, num } from '../formats/xml';

/**
 * A slide as a display list in a 1280 × 720 frame: rectangles, text boxes, lines and paths. The
 * presentation shows it as SVG, the PDF rasterises that SVG (with a text layer), and the PPTX
 * writer turns each item into a PowerPoint shape, so text stays editable text and a card is a
 * shape with its words in it.
 */
export const SLIDE_W = 1280;
export const SLIDE_H = 720;
export const SLIDE_MARGIN = 48;

export type Prim =
  /** A box; with `text`, a box holding its words (a card), one shape in PowerPoint. */
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string; radius?: number; text?: Extract<Prim, { t: 'text' }> }
  /** Lines already wrapped; `size` in px; y is the top of the box. */
  | { t: 'text'; x: number; y: number; w: number; lines: string[]; size: number; color: string; bold?: boolean; align?: 'left' | 'center' | 'right'; lineHeight?: number; role?: 'card' }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dash?: boolean; arrow?: 'end' | 'both' }
  /** An orthogonal or sampled polyline (routes, the emotion curve). */
  | { t: 'poly'; points: { x: number; y: number }[]; color: string; width: number; arrow?: 'end' | 'both'; smooth?: boolean }
  | { t: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string }
  /** A card's photo, cropped to fill the box (object-fit: cover), top corners rounded by `radius`. */
  | { t: 'image'; x: number; y: number; w: number; h: number; hash: string; alt: string; radius: number };

/** The first line's baseline: the glyphs centred in the line box. */
export const baseline = (p: Extract<Prim, { t: 'text' }>) => p.y + (lineHeightOf(p) - p.size) / 2 + p.size * 0.85;

export const lineHeightOf = (p: Extract<Prim, { t: 'text' }>) => p.lineHeight ?? Math.round(p.size * 1.3);

const FONT = esc(CARD_FONT_FAMILY);

function polyD(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${num(p.x)},${num(p.y)}`).join(' ');
}

/**
 * `images`: card images as data URLs by hash (see formats/svgImage.ts); without it image cards
 * show a quiet tint, with it a hash it lacks shows `missing` ("not on this device").
 */
export function primsToSvg(prims: readonly Prim[], title: string, images?: ReadonlyMap<string, string>, missing = ''): string {
  let imageIndex = 0;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_W}" height="${SLIDE_H}" viewBox="0 0 ${SLIDE_W} ${SLIDE_H}" font-family="${FONT}">`,
    `<title>${esc(title)}</title>`,
    `<defs><marker id="slide-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${ARROW}"/></marker></defs>`,
    `<rect width="${SLIDE_W}" height="${SLIDE_H}" fill="#ffffff"/>`,
  ];
  for (const p of prims) {
    switch (p.t) {
      case 'rect':
        out.push(`<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.w)}" height="${num(p.h)}"${p.radius ? ` rx="${p.radius}"` : ''} fill="${p.fill}"${p.stroke ? ` stroke="${p.stroke}"` : ''}/>`);
        if (p.text) out.push(textSvg(p.text));
        break;
      case 'text':
        out.push(textSvg(p));
        break;
      case 'line':
        out.push(`<line x1="${num(p.x1)}" y1="${num(p.y1)}" x2="${num(p.x2)}" y2="${num(p.y2)}" stroke="${p.color}" stroke-width="${p.width}"${p.dash ? ' stroke-dasharray="8 5"' : ''}${markers(p.arrow)}/>`);
        break;
      case 'poly':
        out.push(`<path d="${polyD(p.points)}" fill="none" stroke="${p.color}" stroke-width="${p.width}" stroke-linejoin="round"${markers(p.arrow)}/>`);
        break;
      case 'circle':
        out.push(`<circle cx="${num(p.cx)}" cy="${num(p.cy)}" r="${p.r}" fill="${p.fill}"${p.stroke ? ` stroke="${p.stroke}" stroke-width="3"` : ''}/>`);
        break;
      case 'image':
        out.push(imageSvg({ x: p.x, y: p.y, w: p.w, h: p.h, r: p.radius }, images ? (images.get(p.hash) ?? null) : undefined, p.alt, `slide-image-${imageIndex++}`, missing, Math.max(12, p.h / 8)));
        break;
    }
  }
  out.push('</svg>');
  return out.join('');
}

function textSvg(p: Extract<Prim, { t: 'text' }>): string {
  const lh = lineHeightOf(p);
  const x = p.align === 'center' ? p.x + p.w / 2 : p.align === 'right' ? p.x + p.w : p.x;
  const anchor = p.align === 'center' ? ' text-anchor="middle"' : p.align === 'right' ? ' text-anchor="end"' : '';
  const spans = p.lines.map((l, i) => `<tspan x="${num(x)}"${i ? ` dy="${num(lh)}"` : ''}>${esc(l) || ' '}</tspan>`).join('');
  return `<text${p.role ? ` class="slide-${p.role}"` : ''} x="${num(x)}" y="${num(baseline(p))}" font-size="${num(p.size)}" fill="${p.color}"${p.bold ? ' font-weight="700"' : ''}${anchor}>${spans}</text>`;
}

function markers(arrow: 'end' | 'both' | undefined): string {
  if (!arrow) return '';
  return ` marker-end="url(#slide-arrow)"${arrow === 'both' ? ' marker-start="url(#slide-arrow)"' : ''}`;
}
