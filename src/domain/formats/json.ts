import { restoreMap, type Repair } from '../migrate';
import type { JourneyMap } from '../types';
import { ImportError, parseJsonText } from './errors';
import { checkSize } from './limits';

export { exportJson } from './jsonExport';

/**
 * Parses and validates a JSON map (any earlier schema version is migrated). `repaired` lists
 * what the boundary had to fix (dropped duplicate cards, dangling connections…), to be told.
 */
export function importJsonWithRepairs(text: string): { map: JourneyMap; repaired: Repair[]; images: unknown } {
  checkSize('json', text.length);
  const raw = parseJsonText(text);
  const result = restoreMap(raw);
  if (!result.ok) throw new ImportError('invalid', '', result.error);
  // The images section, unread: decodeImages (formats/images.ts) checks each image's bytes.
  const images = typeof raw === 'object' && raw !== null ? (raw as { images?: unknown }).images : undefined;
  return { map: result.map, repaired: result.repaired, images };
}

export const importJson = (text: string): JourneyMap => importJsonWithRepairs(text).map;
