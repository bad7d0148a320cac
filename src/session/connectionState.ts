import type { ConnectionState } from '../store/roomState';
import { AUTH_FAILURE, CLOSE } from '../sync/protocol';

/**
 * What a room connection has told us so far, folded from the provider's events by `reduce`, and
 * what the toolbar shows for it (`view`). Pure, so every path (refused, dropped, working
 * offline, a reconnect with edits made meanwhile) is tested without a socket.
 */
export interface LinkState {
  /** The websocket's own status. */
  socket: 'connecting' | 'connected' | 'disconnected';
  /** The server accepted the token on the current socket. */
  authenticated: boolean;
  /** The document's first exchange with the server finished on the current socket. */
  synced: boolean;
  /** Ever synced: after that, a dropped socket is "offline", not "connecting". */
  everSynced: boolean;
  /** Local changes sent (or waiting to be sent) and not yet acknowledged. */
  unsynced: number;
  /** The server refused the token: no retry will help (until a new link). */
  refusal: string | null;
  /** Why the server closed the last socket, when it was something to show (a limit). */
  closeReason: string | null;
  /** The person chose to work offline. */
  workOffline: boolean;
}

export type LinkEvent =
  | { type: 'status'; status: LinkState['socket'] }
  | { type: 'authenticated' }
  | { type: 'refused'; reason: string }
  | { type: 'synced' }
  | { type: 'unsynced'; count: number }
  | { type: 'closed'; reason: string }
  | { type: 'workOffline'; on: boolean }
  /** A new secret: an earlier refusal no longer says anything about the next attempt. */
  | { type: 'rekeyed' };

export const INITIAL_LINK: LinkState = {
  socket: 'connecting',
  authenticated: false,
  synced: false,
  everSynced: false,
  unsynced: 0,
  refusal: null,
  closeReason: null,
  workOffline: false,
};

/** Refusals no reconnect can fix: the link itself no longer (or never did) open the room. */
const TERMINAL: ReadonlySet<string> = new Set(Object.values(AUTH_FAILURE));

/**
 * Closes that are the server saying no to what this client sent (a limit, a bad update): shown
 * until a later socket syncs. Others (room-changed after a rotation, a restart) just reconnect.
 */
const SHOWN_CLOSES: ReadonlySet<string> = new Set([
  CLOSE.rateLimited.reason,
  CLOSE.messageTooLarge.reason,
  CLOSE.documentTooLarge.reason,
  CLOSE.invalidUpdate.reason,
  // The workshop rules (the client's own guard normally stops these before they are sent).
  CLOSE.structureLocked.reason,
  CLOSE.facilitatorOnly.reason,
  CLOSE.storageFailed.reason,
]);

export function isTerminalRefusal(reason: string): boolean {
  return TERMINAL.has(reason);
}

export function isLimitClose(reason: string): boolean {
  return SHOWN_CLOSES.has(reason);
}

export function reduce(s: LinkState, e: LinkEvent): LinkState {
  switch (e.type) {
    case 'status':
      // A new socket starts unauthenticated and unsynced, whatever the last one reached.
      return e.status === 'connected' && s.socket === 'connected' ? s : { ...s, socket: e.status, authenticated: false, synced: false };
    case 'authenticated':
      return { ...s, authenticated: true, refusal: null };
    case 'refused':
      return { ...s, authenticated: false, synced: false, refusal: e.reason };
    case 'synced':
      return { ...s, synced: true, everSynced: true, closeReason: null };
    case 'unsynced':
      return { ...s, unsynced: Math.max(0, e.count) };
    case 'closed':
      // The document is closed (the socket may stay open): not live until authenticated again.
      return { ...s, authenticated: false, synced: false, closeReason: SHOWN_CLOSES.has(e.reason) ? e.reason : s.closeReason };
    case 'workOffline':
      return { ...s, workOffline: e.on };
    case 'rekeyed':
      return { ...s, refusal: null };
  }
}

export interface LinkView {
  connection: Exclude<ConnectionState, 'local'>;
  pending: number;
  reason: string | null;
}

/** What the indicator says. Pending counts what the server has not acknowledged. */
export function view(s: LinkState): LinkView {
  if (s.refusal) return { connection: 'refused', pending: s.unsynced, reason: s.refusal };
  if (s.workOffline) return { connection: 'offline', pending: s.unsynced, reason: null };
  const live = s.socket === 'connected' && s.authenticated && s.synced;
  if (live) return { connection: s.unsynced > 0 ? 'syncing' : 'connected', pending: s.unsynced, reason: null };
  if (s.closeReason) return { connection: 'refused', pending: s.unsynced, reason: s.closeReason };
  if (s.socket === 'connected' && s.everSynced) return { connection: 'syncing', pending: s.unsynced, reason: null };
  if (!s.everSynced && s.socket !== 'disconnected') return { connection: 'connecting', pending: s.unsynced, reason: null };
  return { connection: 'offline', pending: s.unsynced, reason: null };
}
