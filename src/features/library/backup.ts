import type { TFunction } from 'i18next';
import { db } from '../../db';
import { putImages } from '../../db/images';
import type { BackupEntry } from '../../domain/formats/backup';
import { ImportError } from '../../domain/formats/errors';
import { downloadFile, fileName } from '../../ui/download';
import { isQuotaError, writeErrorMessage } from '../../ui/writeError';

// The backup format and the document code load when a backup is made or restored, not with the
// library (bench: initial_js_gzip_kb).
const backupFormat = () => import('../../domain/formats/backup');

/** Every map that can be read, and the ones that cannot, with why: a backup never skips silently. */
export async function collectBackup(): Promise<{ entries: BackupEntry[]; failed: { title: string; error: string }[] }> {
  const { loadMap } = await import('../../db/repo'); // the document code, loaded on demand
  const rows = await db.maps.toArray();
  const entries: BackupEntry[] = [];
  const failed: { title: string; error: string }[] = [];
  for (const row of rows) {
    const loaded = await loadMap(db, row.id);
    if (loaded.ok) entries.push({ map: loaded.map, updatedAt: row.updatedAt, deletedAt: row.deletedAt });
    else failed.push({ title: row.title, error: loaded.error });
  }
  return { entries, failed };
}

/** "Download backup": every map in one file; says which maps it could not include, and why. */
export async function downloadBackup(t: TFunction): Promise<{ message: string; complete: boolean }> {
  const [{ entries, failed }, { exportBackup }] = await Promise.all([collectBackup(), backupFormat()]);
  // Every map's images, each once, so a restore on another device shows them.
  const { imagesSection } = await import('../images/hrefs');
  const images = await imagesSection(entries.map((e) => e.map));
  let text: string;
  try {
    text = exportBackup(entries, Date.now(), images);
  } catch (e) {
    // Longer than the longest string the browser can make: it could never be restored either.
    if (e instanceof RangeError) return { message: t('hardening.backupTooLarge'), complete: false };
    throw e;
  }
  downloadFile(fileName(t('library.backupName'), 'json'), text, 'application/json');
  if (!failed.length) return { message: t('library.backupSaved', { count: entries.length }), complete: true };
  const list = failed.map((f) => `“${f.title}” (${f.error})`).join('; ');
  return { message: t('hardening.backupSkipped', { count: entries.length, list }), complete: false };
}

/** What a failed import or restore says: where and why, and a full disk in words. */
export function importFailure(name: string, e: unknown, t: TFunction): string {
  if (isQuotaError(e)) return t('import.failed', { name, reason: writeErrorMessage(e, t), detail: 'QuotaExceededError' });
  const reason = e instanceof ImportError ? e.reason : 'other';
  return t('import.failed', { name, reason: t(`import.reason.${reason}`), detail: e instanceof Error ? e.message : String(e) });
}

/** "Restore from backup": adds the maps that are missing; nothing that is there changes. */
export async function restoreBackupText(name: string, text: string, t: TFunction): Promise<{ ok: boolean; message: string }> {
  try {
    const [{ restoreEntries }, { readBackup }, { decodeImages }] = await Promise.all([import('../../db/repo'), backupFormat(), import('../../domain/formats/images')]);
    const backup = readBackup(text);
    // Every image checked before anything is stored; a bad one refuses the whole restore.
    await putImages(db, await decodeImages(backup.images));
    const { added, skipped } = await restoreEntries(db, backup.entries);
    return { ok: true, message: t('library.restored', { added, skipped }) };
  } catch (e) {
    return { ok: false, message: importFailure(name, e, t) };
  }
}

export async function restoreBackupFile(file: File, t: TFunction) {
  try {
    const { decodeText } = await import('../../domain/formats/decode');
    return await restoreBackupText(file.name, decodeText(new Uint8Array(await file.arrayBuffer())).text, t);
  } catch (e) {
    return { ok: false, message: importFailure(file.name, e, t) };
  }
}
