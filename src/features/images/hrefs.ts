import { useEffect, useState } from 'react';
import { db } from '../../db';
import { readImages } from '../../db/images';
import { bytesToBase64, encodeImages, type ImagesSection } from '../../domain/formats/images';
import { imageHashes } from '../../domain/images';
import type { JourneyMap } from '../../domain/types';

/**
 * The images of maps, read for an export: as data URLs for SVG (an SVG drawn as an image loads
 * nothing from outside, not even a blob: URL), and as the `images` section of JSON and backups.
 */
export function imageHrefs(map: Pick<JourneyMap, 'cards'>): Promise<Map<string, string>> {
  return hrefsOf(imageHashes(map));
}

async function hrefsOf(hashes: ReadonlySet<string>): Promise<Map<string, string>> {
  if (!hashes.size) return new Map();
  const records = await readImages(db, hashes);
  return new Map(records.map((r) => [r.hash, `data:${r.type};base64,${bytesToBase64(r.bytes)}`]));
}

export async function imagesSection(maps: readonly Pick<JourneyMap, 'cards'>[]): Promise<ImagesSection> {
  const hashes = new Set(maps.flatMap((m) => [...imageHashes(m)]));
  return hashes.size ? encodeImages(await readImages(db, hashes)) : {};
}

/** The map's images as data URLs, loaded after the first render (undefined until then). */
export function useImageHrefs(map: Pick<JourneyMap, 'cards'>): ReadonlyMap<string, string> | undefined {
  // Keyed by the set of images, so editing a card's text does not read the images again.
  const key = [...imageHashes(map)].sort().join(',');
  const [state, setState] = useState<{ key: string; hrefs: Map<string, string> } | null>(null);
  useEffect(() => {
    let live = true;
    void hrefsOf(new Set(key ? key.split(',') : [])).then((hrefs) => live && setState({ key, hrefs }));
    return () => {
      live = false;
    };
  }, [key]);
  return state?.key === key ? state.hrefs : undefined;
}
