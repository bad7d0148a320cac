import { restoreMap } from '../migrate';
import { canonical } from '../query';
import type { JourneyMap } from '../types';
import { ImportError, MAX_IMPORT_BYTES, lineColumn } from './errors';

/** The complete map as JSON, with its schema version; cards in reading order. */
export function exportJson(map: JourneyMap): string {
  return `${JSON.stringify(canonical(map), null, 2)}\n`;
}

/** Parses and validates a JSON map (any earlier schema version is migrated). */
export function importJson(text: string): JourneyMap {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('too-large', '', 'file is larger than 20 MB');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    throw new ImportError('syntax', pos ? lineColumn(text, Number(pos[1])) : '', message.replace(/ in JSON at position \d+.*$/, ''));
  }
  const result = restoreMap(data);
  if (!result.ok) throw new ImportError('invalid', '', result.error);
  return result.map;
}
