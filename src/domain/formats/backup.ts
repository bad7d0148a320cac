import { dateSchema, restoreMap } from '../migrate';
import { canonical } from '../query';
import type { JourneyMap } from '../types';
import { ImportError, parseJsonText } from './errors';
import type { ImagesSection } from './images';
import { checkSize } from './limits';

/** A backup of the whole library: every map (trashed ones too), in one JSON file. */
export const BACKUP_FORMAT = 'journeyprint-backup';

export interface BackupEntry {
  map: JourneyMap;
  updatedAt: number;
  deletedAt: number | null;
}

/** The images of every map go in one `images` section (formats/images.ts), each written once. */
export function exportBackup(entries: readonly BackupEntry[], now: number, images?: ImagesSection): string {
  const maps = entries.map((e) => ({ ...e, map: canonical(e.map) }));
  const extra = images && Object.keys(images).length ? { images } : {};
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: 1, createdAt: now, maps, ...extra }, null, 1)}\n`;
}

export function isBackup(text: string): boolean {
  const head = text.slice(0, 200).replace(/^\ufeff/, '').replace(/\s/g, '');
  return head.startsWith(`{"format":"${BACKUP_FORMAT}"`);
}

/**
 * A date in a backup: Date must be able to format it (or the library cannot draw its row) and
 * it must be one a person could have made; anything else is an error naming the map and field.
 */
function date(value: unknown, where: string): number {
  const r = dateSchema.safeParse(value);
  if (!r.success) throw new ImportError('invalid', where, `${String(value).slice(0, 30)} is not a date between 1970 and 2100`);
  return r.data;
}

/** Every map of a backup, each through the one validate boundary; errors name the map. */
export function importBackup(text: string): BackupEntry[] {
  return readBackup(text).entries;
}

/** The maps of a backup and its images section, unread (decodeImages checks each image's bytes). */
export function readBackup(text: string): { entries: BackupEntry[]; images: unknown } {
  checkSize('backup', text.length);
  const d = parseJsonText(text) as { format?: unknown; version?: unknown; maps?: unknown; images?: unknown };
  if (!d || d.format !== BACKUP_FORMAT) throw new ImportError('unknown-format', '', 'not a Journeyprint backup');
  if (d.version !== 1) throw new ImportError('invalid', 'version', `backup version ${String(d.version)} is not supported`);
  if (!Array.isArray(d.maps)) throw new ImportError('invalid', 'maps', 'expected a list of maps');
  const entries = d.maps.map((raw: unknown, i): BackupEntry => {
    const e = (raw ?? {}) as { map?: unknown; updatedAt?: unknown; deletedAt?: unknown };
    const r = restoreMap(e.map);
    const where = `maps.${i}`;
    if (!r.ok) throw new ImportError('invalid', where, r.error);
    return {
      map: r.map,
      updatedAt: e.updatedAt === undefined ? r.map.createdAt : date(e.updatedAt, `${where}.updatedAt`),
      deletedAt: e.deletedAt === undefined || e.deletedAt === null ? null : date(e.deletedAt, `${where}.deletedAt`),
    };
  });
  return { entries, images: d.images };
}
