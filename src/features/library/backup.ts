import type { TFunction } from 'i18next';
import { backupEntries, db, restoreEntries } from '../../db';
import { exportBackup, importBackup } from '../../domain/formats/backup';
import { decodeText } from '../../domain/formats/decode';
import { ImportError } from '../../domain/formats/errors';
import { downloadFile, fileName } from '../../ui/download';

/** "Download backup": every map in one file. */
export async function downloadBackup(t: TFunction): Promise<string> {
  const entries = await backupEntries(db);
  downloadFile(fileName(t('library.backupName'), 'json'), exportBackup(entries, Date.now()), 'application/json');
  return t('library.backupSaved', { count: entries.length });
}

/** "Restore from backup": adds the maps that are missing; nothing that is there changes. */
export async function restoreBackupText(name: string, text: string, t: TFunction): Promise<{ ok: boolean; message: string }> {
  try {
    const { added, skipped } = await restoreEntries(db, importBackup(text));
    return { ok: true, message: t('library.restored', { added, skipped }) };
  } catch (e) {
    const reason = e instanceof ImportError ? e.reason : 'other';
    return { ok: false, message: t('import.failed', { name, reason: t(`import.reason.${reason}`), detail: e instanceof Error ? e.message : String(e) }) };
  }
}

export async function restoreBackupFile(file: File, t: TFunction) {
  try {
    return await restoreBackupText(file.name, decodeText(new Uint8Array(await file.arrayBuffer())).text, t);
  } catch (e) {
    return { ok: false, message: t('import.failed', { name: file.name, reason: t('import.reason.other'), detail: e instanceof Error ? e.message : String(e) }) };
  }
}
