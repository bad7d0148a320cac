import { restoreMap } from '../migrate';
import { canonical } from '../query';
import type { JourneyMap } from '../types';
import { ImportError, MAX_IMPORT_BYTES, parseJsonText } from './errors';

/** A backup of the whole library: every map (trashed ones too), in one JSON file. */
export const BACKUP_FORMAT = 'journeyprint-backup';

export interface BackupEntry {
  map: JourneyMap;
  updatedAt: number;
  deletedAt: number | null;
}

export function exportBackup(entries: readonly BackupEntry[], now: number): string {
  const maps = entries.map((e) => ({ ...e, map: canonical(e.map) }));
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: 1, createdAt: now, maps }, null, 1)}\n`;
}

export function isBackup(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"journeyprint-backup"/.test(text.replace(/^\ufeff/, ''));
}

/** Every map of a backup, each through the one validate boundary; errors name the map. */
export function importBackup(text: string): BackupEntry[] {
  if (text.length > MAX_IMPORT_BYTES * 10) throw new ImportError('too-large', '', 'file is larger than 200 MB');
  const d = parseJsonText(text) as { format?: unknown; version?: unknown; maps?: unknown };
  if (!d || d.format !== BACKUP_FORMAT) throw new ImportError('unknown-format', '', 'not a Journeyprint backup');
  if (d.version !== 1) throw new ImportError('invalid', 'version', `backup version ${String(d.version)} is not supported`);
  if (!Array.isArray(d.maps)) throw new ImportError('invalid', 'maps', 'expected a list of maps');
  return d.maps.map((raw: unknown, i) => {
    const e = (raw ?? {}) as { map?: unknown; updatedAt?: unknown; deletedAt?: unknown };
    const r = restoreMap(e.map);
    if (!r.ok) throw new ImportError('invalid', `maps.${i}`, r.error);
    return {
      map: r.map,
      updatedAt: typeof e.updatedAt === 'number' && Number.isFinite(e.updatedAt) ? e.updatedAt : Date.now(),
      deletedAt: typeof e.deletedAt === 'number' && Number.isFinite(e.deletedAt) ? e.deletedAt : null,
    };
  });
}
