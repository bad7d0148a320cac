import { create } from 'zustand';
import type { Role } from '../sync/protocol';

/**
 * The open map's workshop connection, as the toolbar, presence and the workshop tools read it.
 * Written only by the share feature (src/features/share), which owns the provider; everything
 * else reads it through narrow selectors. A map nobody shared is `local`, and its one user is its
 * facilitator: every workshop tool works alone and syncs once the map is shared.
 */
export type ConnectionState =
  /** Not shared: nothing to connect to. */
  | 'local'
  | 'connecting'
  /** Connected and every local change acknowledged by the server. */
  | 'connected'
  /** Connected, local changes not yet acknowledged. */
  | 'syncing'
  /** Shared but no connection: edits are kept locally and merge on reconnect. */
  | 'offline'
  /** The server refused (wrong secret, sharing stopped…): `reason` says why. */
  | 'refused';

export interface RoomState {
  /** The map this state describes; null when no map is open. */
  mapId: string | null;
  roomId: string | null;
  role: Role;
  connection: ConnectionState;
  /** Local changes the server has not acknowledged yet. */
  pending: number;
  /** Why the server refused or closed (an AUTH_FAILURE or CLOSE reason). */
  reason: string | null;
}

export const LOCAL_ROOM: RoomState = { mapId: null, roomId: null, role: 'facilitator', connection: 'local', pending: 0, reason: null };

export const useRoomState = create<RoomState>(() => LOCAL_ROOM);

/** This person's role on the open map (facilitator when it is not shared). */
export const useRole = (): Role => useRoomState((s) => s.role);
/** Whether this person may change the map (viewers may not). */
export const useCanEdit = (): boolean => useRoomState((s) => s.role !== 'viewer');
/** The same outside React (gestures that would start an edit check it before they begin). */
export const canEdit = (): boolean => useRoomState.getState().role !== 'viewer';
