import { canonical } from '../query';
import type { JourneyMap } from '../types';
import type { ImagesSection } from './images';

/**
 * The complete map as JSON, with its schema version; cards in reading order. Apart from the
 * importer (json.ts) so the error screen can offer it without loading the validation boundary.
 * The images its cards show go in an `images` section beside the map's fields (formats/images.ts).
 */
export function exportJson(map: JourneyMap, images?: ImagesSection): string {
  const doc = images && Object.keys(images).length ? { ...canonical(map), images } : canonical(map);
  return `${JSON.stringify(doc, null, 2)}\n`;
}
