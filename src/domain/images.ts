import type { JourneyMap } from './types';

/**
 * Images on cards (photos and screenshots of physical evidence): the rules, apart from the
 * browser code that decodes, scales and stores them. An image is known by the SHA-256 of its
 * bytes, so the same photo pasted twice is stored once and a file can prove its images are whole.
 */

/** A SHA-256 in lower-case hex: how a card names its image. */
export const IMAGE_HASH = /^[0-9a-f]{64}$/;

/** A file larger than this is refused before it is read (a camera's RAW, a video by mistake). */
export const MAX_IMAGE_FILE_BYTES = 20 * 1024 * 1024;
/** Stored images are scaled so their long side is at most this: sharp on a 4K projector, small on disk. */
export const MAX_IMAGE_SIDE = 1600;
/** JPEG quality for photos: no visible loss at card and slide sizes, about a tenth of a PNG. */
export const JPEG_QUALITY = 0.85;
/** A PNG without transparency larger than this is a photo saved as PNG: store it as JPEG instead. */
export const PNG_PHOTO_BYTES = 1.5 * 1024 * 1024;

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export const isImageType = (t: string): t is ImageType => (IMAGE_TYPES as readonly string[]).includes(t);

/** The size to draw an image at: the long side at most `max`, the aspect kept, never scaled up. */
export function fitWithin(width: number, height: number, max = MAX_IMAGE_SIDE): { width: number; height: number; scaled: boolean } {
  const long = Math.max(width, height);
  if (long <= max) return { width, height, scaled: false };
  const k = max / long;
  // At least 1 px: a 10,000 × 3 banner must not become 1600 × 0.
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)), scaled: true };
}

/**
 * How to store an image: screenshots and drawings (PNG, GIF, anything with transparency) stay
 * PNG, so text stays crisp and the transparency survives; photos become JPEG. The original bytes
 * are kept when they already are a JPEG or PNG that needs no scaling.
 */
export function storagePlan(input: { type: string; width: number; height: number; hasAlpha: boolean }): { keepOriginal: boolean; type: 'image/png' | 'image/jpeg'; width: number; height: number } {
  const size = fitWithin(input.width, input.height);
  const type = input.hasAlpha || input.type === 'image/png' || input.type === 'image/gif' ? 'image/png' : 'image/jpeg';
  const keepOriginal = !size.scaled && (input.type === 'image/png' || input.type === 'image/jpeg') && input.type === type;
  return { keepOriginal, type, width: size.width, height: size.height };
}

/** Whether an encoded PNG would be better stored as JPEG (an opaque photo that happened to be a PNG). */
export const pngIsPhoto = (pngBytes: number, hasAlpha: boolean): boolean => !hasAlpha && pngBytes > PNG_PHOTO_BYTES;

/** The image type the bytes themselves say (their signature), or null: a renamed text file is not an image. */
export function sniffImageType(b: Uint8Array): ImageType | null {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => b[i + k] === x);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}

/** SHA-256 of bytes, lower-case hex (Web Crypto: in every browser and in Node). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (x) => x.toString(16).padStart(2, '0')).join('');
}

/** The images a map's cards show. */
export function imageHashes(map: Pick<JourneyMap, 'cards'>): Set<string> {
  const out = new Set<string>();
  for (const c of map.cards) if (c.image) out.add(c.image);
  return out;
}

/**
 * Which stored images no map uses any more, and may be freed. `used` must cover every map in the
 * library, the trash included (a map restored from the trash brings its photos back). Images
 * stored in the last `graceMs` are kept: another tab may have stored one whose card it has not
 * yet saved.
 */
export function unusedImages(stored: readonly { hash: string; createdAt: number }[], used: ReadonlySet<string>, now: number, graceMs: number): string[] {
  return stored.filter((s) => !used.has(s.hash) && now - s.createdAt >= graceMs).map((s) => s.hash);
}

/** The file's name without its extension: an image card's first text ("receipt.jpg" → "receipt"). */
export function imageTitle(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  return base.replace(/\.[a-z0-9]{1,5}$/i, '').trim() || base.trim();
}
