import type { TFunction } from 'i18next';
import type { JourneyMap } from '../../domain/types';
import { db } from '../../db';

/**
 * Thumbnails of maps and templates, drawn by the SVG exporter itself (so a thumbnail is the
 * image the map exports as, small), limited to the first steps so a 5,000-card map costs what
 * a small one does. Kept as blob URLs per map version; made one at a time, off the first paint.
 * The drawing (the exporters) and the document reading (Yjs) load with the first thumbnail, so
 * the library's first paint does not wait for them (bench: initial_js_gzip_kb).
 */

const draw = () => import('./thumbnailSvg');
const documents = () => import('../../db/repo');
const cache = new Map<string, Promise<string | null>>();
const latestUrl = new Map<string, string>();
let queue: Promise<unknown> = Promise.resolve();

function toUrl(svg: string): string {
  return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}

/** A thumbnail of a map or template already in memory. */
export function thumbnailOf(key: string, map: () => JourneyMap, t: TFunction): Promise<string | null> {
  let p = cache.get(key);
  if (!p) {
    p = (queue = queue.then(async () => {
      const { thumbnailSvg } = await draw();
      return new Promise<string | null>((resolve) => setTimeout(() => resolve(toUrl(thumbnailSvg(map(), t))), 0));
    })) as Promise<string | null>;
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
      const [{ loadMap }, { thumbnailSvg }] = await Promise.all([documents(), draw()]);
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
