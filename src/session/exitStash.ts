import * as Y from 'yjs';

/**
 * The last resort of "no acknowledged edit is lost": what a session has not yet written when the
 * page goes away is also put, synchronously, in localStorage. An IndexedDB write started on the
 * way out can be cut off (a navigation in the same tab freezes or discards the page before its
 * transaction commits); a localStorage write cannot. The next time the map opens, the stash is
 * merged into its document (a Yjs update applies once, however often it arrives: already saved
 * work is untouched) and saved, then removed.
 */

const PREFIX = 'journeyprint.unsaved.';
/** A stash is a few edits; past this (a huge paste) it is left to the IndexedDB write alone. */
const MAX_CHARS = 2_000_000;

const key = (mapId: string) => PREFIX + mapId;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Adds `update` to the map's stash (merged with one left by an earlier exit). Never throws. */
export function stashUnsaved(mapId: string, update: Uint8Array): void {
  try {
    const earlier = takeRaw(mapId);
    const merged = earlier ? Y.mergeUpdates([earlier, update]) : update;
    const text = toBase64(merged);
    if (text.length <= MAX_CHARS) localStorage.setItem(key(mapId), text);
  } catch {
    // No storage (private mode, full): the IndexedDB write on exit still runs.
  }
}

function takeRaw(mapId: string): Uint8Array | null {
  const text = localStorage.getItem(key(mapId));
  if (!text) return null;
  try {
    const update = fromBase64(text);
    Y.decodeUpdate(update); // throws on anything that is not a Yjs update
    return update;
  } catch {
    localStorage.removeItem(key(mapId)); // unreadable: nothing can be recovered from it
    return null;
  }
}

/** The map's stash, if a page left one (null without, or when storage is unavailable). */
export function readStash(mapId: string): Uint8Array | null {
  try {
    return takeRaw(mapId);
  } catch {
    return null;
  }
}

/** Removes the stash once what it held is on disk. */
export function clearStash(mapId: string): void {
  try {
    localStorage.removeItem(key(mapId));
  } catch {
    // nothing to clear
  }
}
