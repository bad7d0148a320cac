import { COLORS as C } from '../theme';
import { esc, num } from './xml';

/**
 * A card's photo in SVG: across the card's top, cropped to fill it (like CSS object-fit: cover),
 * its top corners rounded like the card's. `href` is a data URL (an SVG drawn as an image may
 * load nothing else); `undefined` means images were not asked for (a thumbnail: a quiet tint),
 * `null` that this device does not have the image (the placeholder says so).
 */
export interface ImageBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Radius of the top corners. */
  r: number;
}

export function roundedTopPath({ x, y, w, h, r }: ImageBox): string {
  return `M${num(x)},${num(y + h)}V${num(y + r)}A${num(r)},${num(r)} 0 0 1 ${num(x + r)},${num(y)}H${num(x + w - r)}A${num(r)},${num(r)} 0 0 1 ${num(x + w)},${num(y + r)}V${num(y + h)}Z`;
}

export function imageSvg(box: ImageBox, href: string | null | undefined, alt: string, clipId: string, missing: string, fontSize = 12): string {
  const shape = roundedTopPath(box);
  if (!href) {
    const parts = [`<path class="card-image card-image--missing" d="${shape}" fill="${C.lineFaint}"/>`];
    if (href === null && missing) parts.push(`<text x="${num(box.x + box.w / 2)}" y="${num(box.y + box.h / 2 + fontSize / 3)}" font-size="${num(fontSize)}" fill="${C.muted}" text-anchor="middle">${esc(missing)}</text>`);
    parts.push(`<line x1="${num(box.x)}" x2="${num(box.x + box.w)}" y1="${num(box.y + box.h)}" y2="${num(box.y + box.h)}" stroke="${C.cardBorder}"/>`);
    return parts.join('');
  }
  // Our own data URLs: base64 needs no escaping (escaping megabytes would cost), and nothing else passes.
  if (!/^data:image\/(png|jpeg|webp|gif);base64,/.test(href) || href.includes('"')) return imageSvg(box, null, alt, clipId, missing, fontSize);
  return [
    `<clipPath id="${clipId}"><path d="${shape}"/></clipPath>`,
    `<image class="card-image" href="${href}" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" preserveAspectRatio="xMidYMid slice" clip-path="url(#${clipId})"><title>${esc(alt)}</title></image>`,
    `<line x1="${num(box.x)}" x2="${num(box.x + box.w)}" y1="${num(box.y + box.h)}" y2="${num(box.y + box.h)}" stroke="${C.cardBorder}"/>`,
  ].join('');
}
