import { db } from '../../db';
import { putImages } from '../../db/images';
import type { ImageRecord } from '../../domain/formats/images';
import { JPEG_QUALITY, MAX_IMAGE_FILE_BYTES, pngIsPhoto, sha256Hex, sniffImageType, storagePlan } from '../../domain/images';

/**
 * A file the user pasted, dropped or picked, made into a stored image: checked (an image, at most
 * 20 MB, decodable), scaled so its long side is at most 1,600 px, encoded (PNG for screenshots and
 * anything transparent, JPEG for photos) and stored once by its SHA-256. A refusal says why and
 * stores nothing.
 */
export type IngestResult = { ok: true; hash: string; name: string } | { ok: false; reason: 'notImage' | 'tooLarge' | 'undecodable' | 'storage'; name: string };

async function decode(file: Blob): Promise<ImageBitmap | null> {
  try {
    // from-image: a phone photo's EXIF rotation is applied, so portrait photos stand upright.
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
}

function draw(bitmap: ImageBitmap, width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  return canvas;
}

/** Whether any pixel is not fully opaque (sampled on a small copy: enough to tell a cut-out from a photo). */
function hasAlpha(bitmap: ImageBitmap): boolean {
  const w = Math.min(bitmap.width, 256);
  const h = Math.min(bitmap.height, 256);
  const data = draw(bitmap, w, h).getContext('2d')!.getImageData(0, 0, w, h).data;
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 255) return true;
  return false;
}

const encode = (canvas: HTMLCanvasElement, type: string, quality?: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));

export async function ingestImage(file: File): Promise<IngestResult> {
  const name = file.name || 'image';
  if (file.size > MAX_IMAGE_FILE_BYTES) return { ok: false, reason: 'tooLarge', name };
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  // The bytes decide, not the name or the type the system guessed from it.
  const sniffed = sniffImageType(head);
  const declared = file.type.startsWith('image/') ? file.type : '';
  if (!sniffed && !declared) return { ok: false, reason: 'notImage', name };
  const bitmap = await decode(file);
  if (!bitmap || !bitmap.width || !bitmap.height) return { ok: false, reason: sniffed || declared ? 'undecodable' : 'notImage', name };
  try {
    const alpha = hasAlpha(bitmap);
    const plan = storagePlan({ type: sniffed ?? declared, width: bitmap.width, height: bitmap.height, hasAlpha: alpha });
    let blob: Blob | null = plan.keepOriginal ? file : null;
    let type = plan.type;
    if (!blob) {
      const canvas = draw(bitmap, plan.width, plan.height);
      blob = await encode(canvas, type, type === 'image/jpeg' ? JPEG_QUALITY : undefined);
      if (blob && type === 'image/png' && pngIsPhoto(blob.size, alpha)) {
        type = 'image/jpeg';
        blob = await encode(canvas, type, JPEG_QUALITY);
      }
    }
    if (!blob) return { ok: false, reason: 'undecodable', name };
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const record: ImageRecord = { hash: await sha256Hex(bytes), type, width: plan.width, height: plan.height, bytes };
    try {
      await putImages(db, [record]);
    } catch {
      return { ok: false, reason: 'storage', name };
    }
    return { ok: true, hash: record.hash, name };
  } finally {
    bitmap.close();
  }
}
