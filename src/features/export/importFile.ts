import type { TFunction } from 'i18next';
import { db } from '../../db';
import { insertMap } from '../../db/repo';
import { cloneMap } from '../../domain/create';
import { importCsv } from '../../domain/formats/csv';
import { isBackup } from '../../domain/formats/backup';
import { decodeText, detectFormat } from '../../domain/formats/decode';
import { ImportError } from '../../domain/formats/errors';
import { decodeImages, type ImageRecord } from '../../domain/formats/images';
import { importJsonWithRepairs } from '../../domain/formats/json';
import { imageHashes } from '../../domain/images';
import { putImages } from '../../db/images';
import { checkSize } from '../../domain/formats/limits';
import { importMermaid } from '../../domain/formats/mermaid';
import type { Repair } from '../../domain/migrate';
import type { JourneyMap } from '../../domain/types';
import { newId } from '../../store/ids';
import { importFailure } from '../library/backup';

export type ImportOutcome = { ok: true; map: JourneyMap; repaired: Repair[] } | { ok: false; message: string };

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
    let repaired: Repair[] = [];
    let map: JourneyMap;
    let images: ImageRecord[] = [];
    if (format === 'json') {
      let section: unknown;
      ({ map, repaired, images: section } = importJsonWithRepairs(text));
      // Every image checked (type, size, its bytes against its hash) before anything is stored.
      const used = imageHashes(map);
      images = (await decodeImages(section)).filter((img) => used.has(img.hash));
    } else if (format === 'csv') map = importCsv(text, { id, ids: newId, title: untitled, now: Date.now(), labels: { emotions: t('lanes.emotion') } });
    else map = importMermaid(text, { id, ids: newId, now: Date.now(), labels: { untitled, emotions: t('lanes.emotion') } });
    if (await db.maps.get(map.id)) map = cloneMap(map, { id: newId(), title: map.title, ids: newId, now: Date.now() });
    // Images first: a map whose insert fails leaves at most unused images, which are freed later.
    await putImages(db, images);
    await insertMap(db, map);
    return { ok: true, map, repaired };
  } catch (e) {
    return { ok: false, message: importFailure(name, e, t) };
  }
}

export async function importFile(file: File, t: TFunction): Promise<ImportOutcome> {
  try {
    // No single map format takes more than JSON does: refuse before reading the whole file.
    checkSize('json', file.size);
    const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
    return importText(file.name, text, t);
  } catch (e) {
    return { ok: false, message: importFailure(file.name, e, t) };
  }
}

/** The message after a successful import, with any repairs the boundary made. */
export function importedMessage(outcome: Extract<ImportOutcome, { ok: true }>, t: TFunction): string {
  const done = t('import.done', { title: outcome.map.title, count: outcome.map.cards.length });
  if (!outcome.repaired.length) return done;
  const list = outcome.repaired.map((r) => t(`hardening.repairs.${r.kind}`, { count: r.count })).join('; ');
  return `${done} ${t('hardening.repaired', { list })}`;
}
