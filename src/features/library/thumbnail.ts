import type { TFunction } from 'i18next';
import type { JourneyMap } from '../../domain/types';
import { db, loadMap } from '../../db';
import { mapSvg } from '../export/exporters';

/**
 * Thumbnails of maps and templates, drawn by the SVG exporter itself (so a thumbnail is the
 * image the map exports as, small), limited to the first steps so a 5,000-card map costs what
 * a small one does. Kept as blob URLs per map version; made one at a time, off the first paint.
 */

const THUMB_STEPS = 8;
const cache = new Map<string, Promise<string | null>>();
const latestUrl = new Map<string, string>();
let queue: Promise<unknown> = Promise.resolve();

export function thumbnailSvg(map: JourneyMap, t: TFunction): string {
  const stepIds = new Set(map.stages.flatMap((s) => s.steps.map((k) => k.id)).slice(0, THUMB_STEPS));
  return mapSvg(map, { background: 'white', stepIds }, t, false).svg;
}

function toUrl(svg: string): string {
  return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}

/** A thumbnail of a map or template already in memory. */
export function thumbnailOf(key: string, map: () => JourneyMap, t: TFunction): Promise<string | null> {
  let p = cache.get(key);
  if (!p) {
    p = (queue = queue.then(() => new Promise<string | null>((resolve) => setTimeout(() => resolve(toUrl(thumbnailSvg(map(), t))), 0)))) as Promise<string | null>;
    cache.set(key, p);
  }
  return p;
}

/** A thumbnail of a stored map, for the version last edited at `updatedAt`. */
export function storedThumbnail(id: string, updatedAt: number, t: TFunction, lang: string): Promise<string | null> {
  const key = `${id}@${updatedAt}@${lang}`;
  let p = cache.get(key);
  if (!p) {
    p = (queue = queue.then(async () => {
      const loaded = await loadMap(db, id);
      if (!loaded.ok) return null;
      const url = toUrl(thumbnailSvg(loaded.map, t));
      const old = latestUrl.get(id);
      if (old) URL.revokeObjectURL(old); // the previous version's picture is not shown any more
      latestUrl.set(id, url);
      return url;
    }).catch(() => null)) as Promise<string | null>;
    cache.set(key, p);
  }
  return p;
}
