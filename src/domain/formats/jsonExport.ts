import { canonical } from '../query';
import type { JourneyMap } from '../types';

/**
 * The complete map as JSON, with its schema version; cards in reading order. Apart from the
 * importer (json.ts) so the error screen can offer it without loading the validation boundary.
 */
export function exportJson(map: JourneyMap): string {
  return `${JSON.stringify(canonical(map), null, 2)}\n`;
}
