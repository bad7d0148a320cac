import { restoreMap } from '../migrate';
import { canonical } from '../query';
import type { JourneyMap } from '../types';
import { ImportError, MAX_IMPORT_BYTES, parseJsonText } from './errors';

/** The complete map as JSON, with its schema version; cards in reading order. */
export function exportJson(map: JourneyMap): string {
  return `${JSON.stringify(canonical(map), null, 2)}\n`;
}

/** Parses and validates a JSON map (any earlier schema version is migrated). */
export function importJson(text: string): JourneyMap {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('too-large', '', 'file is larger than 20 MB');
  const result = restoreMap(parseJsonText(text));
  if (!result.ok) throw new ImportError('invalid', '', result.error);
  return result.map;
}
