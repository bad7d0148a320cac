import { db } from '../../db';
import { forgetRoom, roomOf, saveRoom } from '../../db/rooms';
import type { RoomRow } from '../../db/schema';
import type { RoomConnection } from '../../session/connection';
import type { DocumentSession } from '../../session/DocumentSession';
import { LOCAL_ROOM, useRoomState } from '../../store/roomState';
import { AUTH_FAILURE } from '../../sync/protocol';
import { createRoom, rotateRoom, stopRoom, type ApiResult } from './roomApi';
import { useShareUi } from './shareUi';

/**
 * The open map's room: which membership it has (its RoomRow), its live connection, and the
 * facilitator's actions on it. The only writer of `useRoomState`. One map is open at a time, so
 * this is one slot, owned by the session on screen: a session that is no longer current can
 * neither connect nor write the state, however late its database read or code load finishes.
 */

interface Slot {
  session: DocumentSession;
  row: RoomRow | null;
  connection: RoomConnection | null;
}

let slot: Slot | null = null;

/** The open map's membership (null when it is not shared). */
export const currentRoom = (): RoomRow | null => slot?.row ?? null;

const isCurrent = (s: Slot) => slot === s && !s.session.isClosed;

/** Takes charge of a newly opened session: connects it if its map has a room. */
export async function attachSession(session: DocumentSession): Promise<void> {
  if (slot?.session === session) return;
  const mine: Slot = { session, row: null, connection: null };
  slot = mine;
  useShareUi.setState({ open: false, workOffline: false, stoppedNotice: false });
  useRoomState.setState({ ...LOCAL_ROOM, mapId: session.mapId });
  const row = await roomOf(db, session.mapId);
  if (!isCurrent(mine) || !row) return;
  await connect(mine, row);
}

/** The session left the screen (its close destroys the provider). */
export function detachSession(session: DocumentSession): void {
  if (slot?.session !== session) return;
  slot = null;
  useRoomState.setState(LOCAL_ROOM);
}

async function connect(s: Slot, row: RoomRow): Promise<void> {
  s.row = row;
  s.session.readOnly = row.role === 'viewer';
  useRoomState.setState({ mapId: row.mapId, roomId: row.roomId, role: row.role, connection: 'connecting', pending: 0, reason: null });
  // The provider's code loads only for a map that has a room (bench: initial_js_gzip_kb).
  const { connectRoom } = await import('../../session/connection');
  if (!isCurrent(s) || s.row !== row) return;
  s.connection = connectRoom(s.session, row, {
    onView: (v) => {
      if (slot === s) useRoomState.setState(v);
    },
    onRefused: (reason) => {
      // After the provider's own handling of the refusal, not inside it (releasing destroys it).
      if (reason === AUTH_FAILURE.sharingStopped) queueMicrotask(() => slot === s && void becomeLocal(s, true));
    },
  });
  if (useShareUi.getState().workOffline) s.connection.setWorkOffline(true);
}

/** Ends the membership: the map stays here as an ordinary local map. */
async function becomeLocal(s: Slot, byFacilitator: boolean): Promise<void> {
  const { session } = s;
  s.connection?.release();
  s.connection = null;
  s.row = null;
  session.readOnly = false;
  await forgetRoom(db, session.mapId);
  if (slot !== s) return;
  useRoomState.setState({ ...LOCAL_ROOM, mapId: session.mapId, reason: byFacilitator ? AUTH_FAILURE.sharingStopped : null });
  useShareUi.setState({ workOffline: false, stoppedNotice: byFacilitator });
}

/**
 * Shares the open map: a new room, this browser as its facilitator, and the document pushed to
 * the server (resolved once the server holds all of it, so the link opens the whole map).
 */
export async function shareOpenMap(origin: string): Promise<ApiResult<RoomRow>> {
  const s = slot;
  if (!s || s.session.isClosed) return { ok: false, error: 'closed' };
  if (s.row) return { ok: true, value: s.row };
  const created = await createRoom(origin);
  if (!created.ok) return created;
  const { roomId, secrets } = created.value;
  const row: RoomRow = {
    mapId: s.session.mapId,
    roomId,
    secret: secrets.facilitator,
    role: 'facilitator',
    origin,
    joinedAt: Date.now(),
    links: { editor: secrets.editor, viewer: secrets.viewer },
  };
  await saveRoom(db, row);
  if (!isCurrent(s)) return { ok: false, error: 'closed' };
  await connect(s, row);
  return { ok: true, value: row };
}

/** Resolves when the server holds every local change of the open map (the push after sharing). */
export function whenAcknowledged(): Promise<void> {
  return slot?.connection?.whenAcknowledged() ?? Promise.reject(new Error('not connected'));
}

/** New secrets for the room: the old links stop working; this browser reconnects with the new one. */
export async function rotateLinks(): Promise<ApiResult<RoomRow>> {
  const s = slot;
  const row = s?.row;
  if (!s || !row || row.role !== 'facilitator') return { ok: false, error: AUTH_FAILURE.wrongSecret };
  // The server closes the room's connections as it rotates: ours waits for the new secret.
  s.connection?.hold();
  const rotated = await rotateRoom(row.origin, row.roomId, row.secret);
  if (!rotated.ok) {
    s.connection?.resume();
    return rotated;
  }
  const { secrets } = rotated.value;
  const next: RoomRow = { ...row, secret: secrets.facilitator, links: { editor: secrets.editor, viewer: secrets.viewer } };
  await saveRoom(db, next);
  s.connection?.resume(next.secret);
  if (slot === s) s.row = next;
  return { ok: true, value: next };
}

/** Stops sharing: the room is closed on the server; every copy stays as a local map. */
export async function stopSharing(): Promise<ApiResult<void>> {
  const s = slot;
  const row = s?.row;
  if (!s || !row || row.role !== 'facilitator') return { ok: false, error: AUTH_FAILURE.wrongSecret };
  // Not reconnecting meanwhile: the answer would be "sharing stopped", meant for the others.
  s.connection?.hold();
  const stopped = await stopRoom(row.origin, row.roomId, row.secret);
  // Already stopped or gone on the server: there is nothing left to share either way.
  if (!stopped.ok && stopped.error !== AUTH_FAILURE.sharingStopped && stopped.error !== AUTH_FAILURE.roomNotFound) {
    s.connection?.resume();
    return stopped;
  }
  await becomeLocal(s, false);
  return { ok: true, value: undefined };
}

/** Work offline (or back online): edits stay on this device meanwhile and merge on reconnect. */
export function setWorkOffline(on: boolean): void {
  useShareUi.setState({ workOffline: on });
  slot?.connection?.setWorkOffline(on);
}
