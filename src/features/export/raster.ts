import type { EncodeReply, EncodeRequest } from './encode.worker';
import { zlibRgb } from './pixels';
/** Chromium's canvas limits, measured here: 65,535 px a side and 16,384² px of area. */
export const MAX_CANVAS_SIDE = 65_535;
export const MAX_CANVAS_AREA = 16_384 * 16_384;

/**
 * The most pixels a PNG export makes: 100 megapixels, an A0 poster at 250 dpi. Beyond it an
 * image takes seconds to make and most apps cannot open it (slide and document editors take far
 * less); a map that large is exported at a lower scale, and a part of it (some stages) sharper.
 */
export const MAX_PNG_PIXELS = 100e6;

/** The two scales that cap an export: the longest side a canvas takes, and the pixel area allowed. */
function caps(width: number, height: number, maxPixels: number): { side: number; area: number } {
  const side = Math.min(MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  const area = Math.sqrt(Math.min(maxPixels, MAX_CANVAS_AREA) / (width * height));
  return { side, area };
}

/** The largest scale ≤ wanted at which a width × height image fits a canvas and `maxPixels`. */
export function fitScale(width: number, height: number, wanted: number, maxPixels = MAX_CANVAS_AREA): number {
  const { side, area } = caps(width, height, maxPixels);
  return Math.min(wanted, side, area);
}

/** What holds a scale below `wanted` (fitScale's binding limit): a side longer than a canvas takes, the pixel limit, or nothing. */
export function limitOf(width: number, height: number, wanted: number, maxPixels = MAX_CANVAS_AREA): 'side' | 'pixels' | null {
  const { side, area } = caps(width, height, maxPixels);
  if (Math.min(side, area) >= wanted) return null;
  return side <= area ? 'side' : 'pixels';
}

async function loadSvg(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    // decode() has the pixels; the URL is no longer needed
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

export interface Raster {
  canvas: HTMLCanvasElement;
  scale: number;
}

/**
 * Draws an SVG on a canvas at a scale, scaling down within the canvas limits; if the browser
 * still refuses (memory), retries smaller. The caller says so when `scale` is below what it asked.
 * `painted`: the SVG paints its own opaque background over the whole image, so the canvas is not
 * filled first (one pass less over every pixel: a gigabyte at 2× of 2,000 cards); the background
 * still decides whether an empty pixel means the canvas could not be allocated.
 */
export async function rasterize(svg: string, width: number, height: number, wanted: number, background: string | null, painted = false, maxPixels?: number): Promise<Raster> {
  const img = await loadSvg(svg);
  let scale = fitScale(width, height, wanted, maxPixels);
  for (let attempt = 0; attempt < 4; attempt++) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const ctx = canvas.getContext('2d');
    if (ctx) {
      if (background && !painted) {
        ctx.fillStyle = background;
        ctx.fillRect(0, 0, canvas.width, canvas.height);
      }
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      // A canvas the browser could not allocate reads back as empty: check one pixel that must be drawn.
      if (ctx.getImageData(0, 0, 1, 1).data[3] !== 0 || !background) return { canvas, scale };
    }
    scale *= 0.7;
  }
  throw new Error('The browser could not allocate an image this large.');
}

export function canvasToBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the image.'))), type));
}

/**
 * A worker to encode in, started ahead (it loads while the image is drawn); null where workers
 * cannot do it. Whoever starts one hands it to an encoding call, which ends it.
 */
export function startEncoder(): Worker | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return null;
  try {
    return new Worker(new URL('./encode.worker.ts', import.meta.url), { type: 'module', name: 'journeyprint-encoder' });
  } catch {
    return null;
  }
}

/**
 * Runs an encoding job on the canvas's pixels in a worker; null where that cannot be done. The
 * worker is its own unless one is given; a given one is ended after the job unless `keep` (one
 * worker for all the pages of a document, one job at a time: it starts once, not per page).
 */
async function inWorker(canvas: HTMLCanvasElement, kind: EncodeRequest['kind'], started?: Worker | null, keep = false): Promise<EncodeReply | null> {
  const worker: Worker | null = started === undefined ? startEncoder() : started;
  if (!worker) return null;
  try {
    const bitmap = await createImageBitmap(canvas);
    const w = worker;
    const reply = await new Promise<EncodeReply>((resolve, reject) => {
      w.onmessage = (e: MessageEvent<EncodeReply>) => resolve(e.data);
      w.onerror = (e) => reject(new Error(e.message));
      w.postMessage({ bitmap, kind } satisfies EncodeRequest, [bitmap]);
    });
    return reply.ok ? reply : null;
  } catch {
    return null;
  } finally {
    if (!keep) worker.terminate();
  }
}

/**
 * The canvas as a PNG, encoded in a worker. Chromium's canvas.toBlob encodes on this thread in
 * idle-time slices: a 250-megapixel PNG took 7 s there, with the page stalling, and 0.35 s in a
 * worker that gets the pixels as a bitmap without a copy. toBlob remains the fallback.
 */
export async function encodePng(canvas: HTMLCanvasElement, encoder?: Worker | null): Promise<Blob> {
  const reply = await inWorker(canvas, 'png', encoder);
  return reply && 'png' in reply ? reply.png : canvasToBlob(canvas, 'image/png');
}

/**
 * RGB bytes of a canvas, zlib-compressed for a PDF; read and compressed in a worker where possible
 * (`encoder`: a worker from startEncoder kept for the next page; the caller ends it).
 */
export async function canvasToZlibRgb(canvas: HTMLCanvasElement, encoder?: Worker | null): Promise<Uint8Array> {
  const reply = await inWorker(canvas, 'zlib-rgb', encoder, encoder !== undefined);
  if (reply && 'zlibRgb' in reply) return reply.zlibRgb;
  return zlibRgb(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data);
}
