import { db } from '../../db';

/**
 * Object URLs of stored images, shared by every card that shows the same image and revoked when
 * the last one stops showing it (a card scrolled out of view is unmounted by the board's culling,
 * so only visible cards hold a URL). A missing image resolves to null.
 */
interface Entry {
  refs: number;
  url: Promise<string | null>;
}

const entries = new Map<string, Entry>();

export function acquireImageUrl(hash: string): Promise<string | null> {
  let e = entries.get(hash);
  if (!e) {
    const url = db.blobs.get(hash).then(
      (row) => (row ? URL.createObjectURL(row.blob) : null),
      () => null,
    );
    entries.set(hash, (e = { refs: 0, url }));
  }
  e.refs++;
  return e.url;
}

export function releaseImageUrl(hash: string): void {
  const e = entries.get(hash);
  if (!e || --e.refs > 0) return;
  entries.delete(hash);
  void e.url.then((url) => url && URL.revokeObjectURL(url));
}

/** How many object URLs are alive (the e2e test checks culling releases them). */
export const liveImageUrls = (): number => entries.size;
