import * as Y from 'yjs';
import { db } from '../../db';
import { addJoinedMap, roomById, saveRoom } from '../../db/rooms';
import type { JourneyDB, RoomRow } from '../../db/schema';
import { fetchRoomDocument, type RoomAddress } from '../../session/connection';
import { Binding } from '../../sync/binding';
import { hasSyncServer, roleIn, API_ERROR } from './roomApi';

export type JoinResult = { ok: true; mapId: string } | { ok: false; error: string };

export interface JoinDeps {
  db: JourneyDB;
  hasServer: (origin: string) => Promise<boolean>;
  roleIn: typeof roleIn;
  fetchDocument: (room: RoomAddress) => Promise<{ ok: true; doc: Y.Doc } | { ok: false; error: string }>;
  now: () => number;
}

const appDeps: JoinDeps = { db, hasServer: hasSyncServer, roleIn, fetchDocument: (room) => fetchRoomDocument(room), now: Date.now };

/**
 * Opening a join link: ask the server which role the secret grants, fetch the room's document,
 * and add the map to the library with its membership, so it opens (offline too) like any map.
 * Every refusal returns before anything is written. A room this browser already belongs to is
 * not added twice: its membership takes the link's secret (a new link after a rotation) and the
 * existing map opens.
 */
export async function joinRoom(origin: string, roomId: string, secret: string, deps: JoinDeps = appDeps): Promise<JoinResult> {
  if (!(await deps.hasServer(origin))) return { ok: false, error: API_ERROR.noServer };
  const role = await deps.roleIn(origin, roomId, secret);
  if (!role.ok) return role;
  const existing = await roomById(deps.db, roomId);
  if (existing && (await deps.db.maps.get(existing.mapId))) {
    if (existing.secret !== secret && !(existing.role === 'facilitator' && role.value !== 'facilitator')) {
      // A facilitator opening an editor link of their own room stays facilitator.
      await saveRoom(deps.db, { ...existing, secret, role: role.value, origin });
    }
    return { ok: true, mapId: existing.mapId };
  }
  const fetched = await deps.fetchDocument({ roomId, secret, origin });
  if (!fetched.ok) return fetched;
  // The same validation and repair as every stored or imported map: a broken room cannot put
  // an invalid map in the library.
  const binding = new Binding(fetched.doc);
  const map = binding.snapshot();
  binding.destroy();
  if (!map) return { ok: false, error: 'empty-room' };
  const row: RoomRow = { mapId: map.id, roomId, secret, role: role.value, origin, joinedAt: deps.now() };
  await addJoinedMap(deps.db, map, Y.encodeStateAsUpdate(fetched.doc), row, deps.now());
  return { ok: true, mapId: map.id };
}
