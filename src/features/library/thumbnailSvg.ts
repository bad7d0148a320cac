import type { TFunction } from 'i18next';
import type { JourneyMap } from '../../domain/types';
import { mapSvg } from '../export/exporters';

const THUMB_STEPS = 8;

/** A map drawn by the SVG exporter, limited to its first steps (see thumbnail.ts). */
export function thumbnailSvg(map: JourneyMap, t: TFunction): string {
  const stepIds = new Set(map.stages.flatMap((s) => s.steps.map((k) => k.id)).slice(0, THUMB_STEPS));
  return mapSvg(map, { background: 'white', stepIds }, t, false).svg;
}
