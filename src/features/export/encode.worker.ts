/// <reference lib="webworker" />
import { zlibRgb } from './pixels';

/**
 * Encodes images in their own thread, so the page never stalls on an export. The bitmap
 * arrives without a copy. A PNG: handed to a 'bitmaprenderer' canvas (again no copy) and the
 * browser's encoder runs here. A PDF page: its pixels are read here and compressed as RGB.
 */
export type EncodeRequest = { bitmap: ImageBitmap; kind: 'png' | 'zlib-rgb' };
export type EncodeReply = { ok: true; png: Blob } | { ok: true; zlibRgb: Uint8Array } | { ok: false; message: string };

async function encode({ bitmap, kind }: EncodeRequest): Promise<EncodeReply> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  if (kind === 'png') {
    const ctx = canvas.getContext('bitmaprenderer');
    if (!ctx) throw new Error('No bitmap renderer');
    ctx.transferFromImageBitmap(bitmap);
    return { ok: true, png: await canvas.convertToBlob({ type: 'image/png' }) };
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D context');
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { ok: true, zlibRgb: await zlibRgb(ctx.getImageData(0, 0, canvas.width, canvas.height).data) };
}

self.onmessage = async (e: MessageEvent<EncodeRequest>) => {
  let reply: EncodeReply;
  try {
    reply = await encode(e.data);
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  const transfer = 'zlibRgb' in reply ? [reply.zlibRgb.buffer as ArrayBuffer] : [];
  (self as unknown as Worker).postMessage(reply, transfer);
};
