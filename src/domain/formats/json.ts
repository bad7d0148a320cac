import { restoreMap, type Repair } from '../migrate';
import type { JourneyMap } from '../types';
import { ImportError, parseJsonText } from './errors';
import { checkSize } from './limits';

export { exportJson } from './jsonExport';

/**
 * Parses and validates a JSON map (any earlier schema version is migrated). `repaired` lists
 * what the boundary had to fix (dropped duplicate cards, dangling connections…), to be told.
 */
export function importJsonWithRepairs(text: string): { map: JourneyMap; repaired: Repair[] } {
  checkSize('json', text.length);
  const result = restoreMap(parseJsonText(text));
  if (!result.ok) throw new ImportError('invalid', '', result.error);
  return { map: result.map, repaired: result.repaired };
}

export const importJson = (text: string): JourneyMap => importJsonWithRepairs(text).map;
