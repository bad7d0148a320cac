import { ImportError } from './errors';

/**
 * How large a file each format accepts, in bytes (checked against the decoded text's length,
 * which is never more than its UTF-8 bytes, so a file under the limit always passes). Each
 * reader is linear, so the limits only keep a tab from running out of memory; a backup has no
 * limit of its own, as a backup the app wrote must always restore: it is bounded only by the
 * longest text a browser can hold (about 512 million characters in Chromium).
 */
export const FORMAT_LIMITS = {
  backup: 2 * 1024 ** 3,
  json: 512 * 1024 ** 2,
  csv: 256 * 1024 ** 2,
  mermaid: 32 * 1024 ** 2,
} as const;

export type LimitedFormat = keyof typeof FORMAT_LIMITS;

/** The most any format accepts: a file larger than this is refused before it is read. */
export const MAX_FILE_BYTES = Math.max(...Object.values(FORMAT_LIMITS));

export const formatBytes = (n: number): string => (n >= 1024 ** 3 ? `${n / 1024 ** 3} GB` : `${Math.round(n / 1024 ** 2)} MB`);

const NAMES: Record<LimitedFormat, string> = { backup: 'backup', json: 'JSON', csv: 'CSV', mermaid: 'Mermaid' };

export function checkSize(format: LimitedFormat, size: number): void {
  const max = FORMAT_LIMITS[format];
  if (size > max) throw new ImportError('too-large', '', `a ${NAMES[format]} file may be up to ${formatBytes(max)}`);
}
