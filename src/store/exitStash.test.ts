import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertMap, loadMap } from '../db/repo';
import { JourneyDB } from '../db/schema';
import type { Writer } from '../db/writer';
import { readStash } from '../session/exitStash';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import * as actions from './actions';
import { closeSession, openSession } from './persistence';

let db: JourneyDB;
let n = 0;
const storage = new Map<string, string>();

beforeEach(() => {
  db = new JourneyDB(`stash-${++n}`);
  storage.clear();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  });
});
afterEach(async () => {
  await closeSession();
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

/** A worker whose writes are lost when the page goes (they fail once `discard` is called). */
function dyingWriter(): Writer & { discard(): void } {
  const fails: (() => void)[] = [];
  return {
    append: () => new Promise((_, reject) => fails.push(() => reject(new Error('page discarded')))),
    discard: () => fails.splice(0).forEach((f) => f()),
    compact: async () => {},
    warm() {},
    close() {},
  };
}
/** The page-exit write to IndexedDB never commits (a frozen page). */
const frozenIdb = { transaction: () => ({}) } as unknown as IDBDatabase;

describe('what a page leaves unsaved on its way out', () => {
  it('is kept in localStorage and merged, saved and cleared when the map opens again', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const writer = dyingWriter();
    const first = await openSession(db, map.id, writer, { tabs: false });
    if (!first.ok) throw new Error(first.error);
    actions.addCard(laneOf(map, 'customer'), stepIds(map)[0]!, 'typed, then the page went away');
    first.session.saver!.flushOnExit(frozenIdb);
    expect(readStash(map.id)).not.toBeNull();
    first.session.saver!.stop(); // the page is gone: nothing more is written from it
    writer.discard();
    await closeSession();

    const second = await openSession(db, map.id, undefined, { tabs: false });
    if (!second.ok) throw new Error(second.error);
    expect(second.session.map!.cards.map((c) => c.text)).toContain('typed, then the page went away');
    expect(second.session.undoManager.canUndo()).toBe(false); // recovered, not an edit of this session
    await second.session.saver!.flush();
    const stored = await loadMap(db, map.id);
    expect(stored.ok && stored.map.cards.map((c) => c.text)).toContain('typed, then the page went away');
    expect(readStash(map.id)).toBeNull();
  });

  it('drops a stash that is not a Yjs update and opens the map unchanged', async () => {
    const map = makeMap();
    await insertMap(db, map);
    storage.set(`journeyprint.unsaved.${map.id}`, btoa('not an update'));
    const opened = await openSession(db, map.id, undefined, { tabs: false });
    expect(opened.ok && opened.session.map!.cards).toEqual(map.cards);
    expect(readStash(map.id)).toBeNull();
  });
});
