import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadMap, purgeMap } from '../../db/repo';
import { roomById, roomOf } from '../../db/rooms';
import { JourneyDB } from '../../db/schema';
import { makeMap } from '../../test/fixtures';
import { writeMap } from '../../sync/write';
import { joinRoom, type JoinDeps } from './join';
import type { ApiResult } from './roomApi';
import { ROLES, type Role } from '../../sync/protocol';

const ORIGIN = 'http://localhost:1';
const ROOM = 'R'.repeat(22);
const SECRET = 'a'.repeat(43);

let db: JourneyDB;
let n = 0;
beforeEach(() => {
  db = new JourneyDB(`join-${++n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const map = makeMap();
function roomDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeMap(doc, null, map, 'server');
  return doc;
}

const isRole = (r: string | undefined): r is Role => (ROLES as readonly (string | undefined)[]).includes(r);

/** A server in a box: which secret grants which role (or which refusal), and the room's document. */
function deps(over: Partial<JoinDeps> = {}, roles: Record<string, string> = { [SECRET]: 'editor' }): JoinDeps & { fetched: number } {
  const d: JoinDeps & { fetched: number } = {
    db,
    fetched: 0,
    hasServer: async () => true,
    roleIn: async (_o: string, _r: string, key: string): Promise<ApiResult<Role>> => {
      const role = roles[key];
      return isRole(role) ? { ok: true, value: role } : { ok: false, error: role ?? 'wrong-secret' };
    },
    fetchDocument: async () => {
      d.fetched++;
      return { ok: true as const, doc: roomDoc() };
    },
    now: () => 1000,
    ...over,
  };
  return d;
}

const counts = async () => ({ maps: await db.maps.count(), updates: await db.updates.count(), rooms: await db.rooms.count() });

describe('joining a room from its link', () => {
  it('adds the map to the library with its membership, so it opens like any map', async () => {
    const r = await joinRoom(ORIGIN, ROOM, SECRET, deps());
    expect(r).toEqual({ ok: true, mapId: map.id });
    const loaded = await loadMap(db, map.id);
    expect(loaded.ok && loaded.map.cards.map((c) => c.text)).toEqual(map.cards.map((c) => c.text));
    expect(await roomOf(db, map.id)).toEqual({ mapId: map.id, roomId: ROOM, secret: SECRET, role: 'editor', origin: ORIGIN, joinedAt: 1000 });
    expect((await db.maps.get(map.id))?.title).toBe(map.title);
  });

  it('opening the same link twice makes no second copy', async () => {
    const d = deps();
    await joinRoom(ORIGIN, ROOM, SECRET, d);
    const again = await joinRoom(ORIGIN, ROOM, SECRET, d);
    expect(again).toEqual({ ok: true, mapId: map.id });
    expect(await counts()).toEqual({ maps: 1, updates: 1, rooms: 1 });
    expect(d.fetched).toBe(1);
  });

  it('a new link after a rotation updates the membership of the map already here', async () => {
    await joinRoom(ORIGIN, ROOM, SECRET, deps());
    const fresh = 'b'.repeat(43);
    const r = await joinRoom(ORIGIN, ROOM, fresh, deps({}, { [fresh]: 'viewer' }));
    expect(r).toEqual({ ok: true, mapId: map.id });
    expect(await roomById(db, ROOM)).toMatchObject({ secret: fresh, role: 'viewer' });
    expect(await counts()).toEqual({ maps: 1, updates: 1, rooms: 1 });
  });

  it('each refusal says why and changes nothing', async () => {
    for (const error of ['wrong-secret', 'link-rotated', 'sharing-stopped', 'room-not-found']) {
      expect(await joinRoom(ORIGIN, ROOM, SECRET, deps({}, { [SECRET]: error }))).toEqual({ ok: false, error });
    }
    expect(await joinRoom(ORIGIN, ROOM, SECRET, deps({ hasServer: async () => false }))).toEqual({ ok: false, error: 'no-server' });
    expect(await joinRoom(ORIGIN, ROOM, SECRET, deps({ fetchDocument: async () => ({ ok: false, error: 'room-full' }) }))).toEqual({ ok: false, error: 'room-full' });
    // A room whose document is not a map (empty, or broken by a peer) is not added either.
    expect(await joinRoom(ORIGIN, ROOM, SECRET, deps({ fetchDocument: async () => ({ ok: true, doc: new Y.Doc() }) }))).toEqual({ ok: false, error: 'empty-room' });
    expect(await counts()).toEqual({ maps: 0, updates: 0, rooms: 0 });
  });

  it('deleting the map for good forgets its membership too', async () => {
    await joinRoom(ORIGIN, ROOM, SECRET, deps());
    await purgeMap(db, map.id);
    expect(await counts()).toEqual({ maps: 0, updates: 0, rooms: 0 });
  });
});
