import type { TFunction } from 'i18next';
import { db, insertMap } from '../../db';
import { cloneMap } from '../../domain/create';
import { importCsv } from '../../domain/formats/csv';
import { isBackup } from '../../domain/formats/backup';
import { decodeText, detectFormat } from '../../domain/formats/decode';
import { ImportError } from '../../domain/formats/errors';
import { importJson } from '../../domain/formats/json';
import { importMermaid } from '../../domain/formats/mermaid';
import type { JourneyMap } from '../../domain/types';
import { newId } from '../../store/ids';

export type ImportOutcome = { ok: true; map: JourneyMap } | { ok: false; message: string };

/**
 * Imports a file or pasted text as a new map. Everything passes the migrate/validate boundary;
 * a failure changes nothing and says where and why. A map whose id exists gets fresh ids, so an
 * import never overwrites a map that is there.
 */
export async function importText(name: string, text: string, t: TFunction): Promise<ImportOutcome> {
  try {
    if (isBackup(text)) throw new ImportError('unknown-format', '', t('import.isBackup'));
    const format = detectFormat(name, text);
    if (!format) throw new ImportError('unknown-format', '', name);
    const id = newId();
    const untitled = name.replace(/\.[a-z0-9]+$/i, '') || t('defaults.journeyTitle');
    let map =
      format === 'json'
        ? importJson(text)
        : format === 'csv'
          ? importCsv(text, { id, ids: newId, title: untitled, now: Date.now(), labels: { emotions: t('lanes.emotion') } })
          : importMermaid(text, { id, ids: newId, now: Date.now(), labels: { untitled, emotions: t('lanes.emotion') } });
    if (await db.maps.get(map.id)) map = cloneMap(map, { id: newId(), title: map.title, ids: newId, now: Date.now() });
    await insertMap(db, map);
    return { ok: true, map };
  } catch (e) {
    const reason = e instanceof ImportError ? e.reason : 'other';
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: t('import.failed', { name, reason: t(`import.reason.${reason}`), detail }) };
  }
}

export async function importFile(file: File, t: TFunction): Promise<ImportOutcome> {
  try {
    const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
    return importText(file.name, text, t);
  } catch (e) {
    const reason = e instanceof ImportError ? e.reason : 'other';
    return { ok: false, message: t('import.failed', { name: file.name, reason: t(`import.reason.${reason}`), detail: e instanceof Error ? e.message : String(e) }) };
  }
}
