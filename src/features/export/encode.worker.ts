/// <reference lib="webworker" />

/**
 * Encodes an image in its own thread. The bitmap arrives without a copy and is handed to a
 * 'bitmaprenderer' canvas, again without a copy; the browser's encoder then runs here.
 */
export type EncodeRequest = { bitmap: ImageBitmap; type: string };
export type EncodeReply = { ok: true; blob: Blob } | { ok: false; message: string };

self.onmessage = async (e: MessageEvent<EncodeRequest>) => {
  const { bitmap, type } = e.data;
  let reply: EncodeReply;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('bitmaprenderer');
    if (!ctx) throw new Error('No bitmap renderer');
    ctx.transferFromImageBitmap(bitmap);
    reply = { ok: true, blob: await canvas.convertToBlob({ type }) };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
