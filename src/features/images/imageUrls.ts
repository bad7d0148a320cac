import { db } from '../../db';

/**
 * Object URLs of stored images, shared by every card that shows the same image and revoked when
 * the last one stops showing it (a card scrolled out of view is unmounted by the board's culling,
 * so only visible cards hold a URL). A missing image resolves to null and is not remembered, so
 * the next card to show it looks again (an import may have brought it).
 */
interface Entry {
  refs: number;
  url: Promise<string | null>;
}

const entries = new Map<string, Entry>();

/** The image's URL, and the release to call when it is no longer shown (bound to this entry). */
export function acquireImageUrl(hash: string): { url: Promise<string | null>; release: () => void } {
  let e = entries.get(hash);
  if (!e) {
    const url = db.blobs.get(hash).then(
      (row) => (row ? URL.createObjectURL(row.blob) : null),
      () => null,
    );
    const entry: Entry = (e = { refs: 0, url });
    entries.set(hash, entry);
    void url.then((u) => !u && entries.get(hash) === entry && entries.delete(hash));
  }
  const entry = e;
  entry.refs++;
  let released = false;
  return {
    url: entry.url,
    release: () => {
      if (released) return;
      released = true;
      if (--entry.refs > 0) return;
      if (entries.get(hash) === entry) entries.delete(hash);
      void entry.url.then((url) => url && URL.revokeObjectURL(url));
    },
  };
}
