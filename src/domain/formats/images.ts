import { z } from 'zod';
import { IMAGE_HASH, IMAGE_TYPES, MAX_IMAGE_FILE_BYTES, sha256Hex, sniffImageType, type ImageType } from '../images';
import { ImportError } from './errors';

/**
 * The `images` section of a JSON map or a backup: each image a card uses, keyed by its SHA-256,
 * as a data URL. Kept beside the map (not inside its cards) so an image two cards share is written
 * once, and so an older reader that does not know the section simply ignores it.
 */
export interface ImageRecord {
  hash: string;
  type: ImageType;
  width: number;
  height: number;
  bytes: Uint8Array;
}

const MAX_SIDE = 16_384;
/** Base64 makes 3 bytes into 4 characters, plus the data URL's prefix. */
const MAX_DATA_URL = Math.ceil(MAX_IMAGE_FILE_BYTES / 3) * 4 + 64;

const entrySchema = z.object({
  type: z.enum(IMAGE_TYPES),
  width: z.number().int().min(1).max(MAX_SIDE),
  height: z.number().int().min(1).max(MAX_SIDE),
  data: z.string().max(MAX_DATA_URL, `is larger than ${MAX_IMAGE_FILE_BYTES / 1024 ** 2} MB`),
});

export const imagesSectionSchema = z.record(z.string().regex(IMAGE_HASH), entrySchema);
export type ImagesSection = z.infer<typeof imagesSectionSchema>;

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function base64ToBytes(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The section for these images (sorted by hash, so the same images always write the same file). */
export function encodeImages(images: readonly ImageRecord[]): ImagesSection {
  const out: ImagesSection = {};
  for (const img of [...images].sort((a, b) => (a.hash < b.hash ? -1 : 1))) {
    out[img.hash] = { type: img.type, width: img.width, height: img.height, data: `data:${img.type};base64,${bytesToBase64(img.bytes)}` };
  }
  return out;
}

/**
 * Reads an `images` section: every entry must be an image of a known type (by its declared type
 * and by its bytes), no larger than an image file may be, whose bytes hash to its key. Anything
 * else throws an ImportError naming the image, and the import changes nothing.
 */
export async function decodeImages(raw: unknown, where = 'images'): Promise<ImageRecord[]> {
  if (raw === undefined || raw === null) return [];
  // zod names a bad record key only as "Invalid key": say what a key must be.
  const badKey = typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw).find((k) => !IMAGE_HASH.test(k)) : undefined;
  if (badKey !== undefined) throw new ImportError('invalid', `${where}.${badKey.slice(0, 70)}`, 'is not a SHA-256 (64 hex digits)');
  const parsed = imagesSectionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError('invalid', [where, ...issue.path].join('.'), issue.message);
  }
  const out: ImageRecord[] = [];
  for (const [hash, e] of Object.entries(parsed.data)) {
    const here = `${where}.${hash.slice(0, 12)}…`;
    const prefix = `data:${e.type};base64,`;
    if (!e.data.startsWith(prefix)) throw new ImportError('invalid', here, `expected a data URL starting with ${prefix}`);
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(e.data.slice(prefix.length));
    } catch {
      throw new ImportError('invalid', here, 'the data is not valid base64');
    }
    if (bytes.length > MAX_IMAGE_FILE_BYTES) throw new ImportError('invalid', here, `is larger than ${MAX_IMAGE_FILE_BYTES / 1024 ** 2} MB`);
    const sniffed = sniffImageType(bytes);
    if (sniffed !== e.type) throw new ImportError('invalid', here, sniffed ? `the data is ${sniffed}, not ${e.type}` : 'the data is not an image');
    if ((await sha256Hex(bytes)) !== hash) throw new ImportError('invalid', here, 'the data does not match its SHA-256 (the file was changed or damaged)');
    out.push({ hash, type: e.type, width: e.width, height: e.height, bytes });
  }
  return out;
}
