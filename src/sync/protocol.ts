/**
 * What the sync server and the app agree on: where the server listens, the roles of a workshop
 * room, and the words it uses to refuse. Shared by `server/` and the client's session, so a
 * reason the server sends is always one the app knows how to explain.
 */

/** The Hocuspocus websocket, on the same origin as the app. */
export const SYNC_PATH = '/sync';

/**
 * The websocket URL for one room. The room id (not secret) rides in the query so a load balancer
 * can route a room's participants to one instance; the server refuses a mismatched document.
 */
export function syncUrl(origin: string, roomId: string): string {
  return `${origin.replace(/^http/, 'ws')}${SYNC_PATH}?room=${encodeURIComponent(roomId)}`;
}
/** Room API: POST creates; `/:roomId` GET (who am I), DELETE (stop sharing); `/:roomId/rotate` POST. */
export const ROOMS_API_PATH = '/api/rooms';
/** Answers `{ ok: true, version }` when a sync server is present (a static host answers 404). */
export const HEALTH_PATH = '/api/health';

export const ROLES = ['facilitator', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Room ids and secrets are base64url of random bytes: 16 bytes (22 chars) and 32 bytes (43 chars). */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Why the server refused a connection's token (Hocuspocus `onAuthenticationFailed({ reason })`). */
export const AUTH_FAILURE = {
  /** No such room (a mistyped link, or a server that lost its data). */
  roomNotFound: 'room-not-found',
  /** The secret matches none of the room's roles. */
  wrongSecret: 'wrong-secret',
  /** The secret was valid before the facilitator rotated the link. */
  linkRotated: 'link-rotated',
  /** The facilitator stopped sharing: the map stays a local copy. */
  sharingStopped: 'sharing-stopped',
  /** The room has as many participants as the server allows. */
  roomFull: 'room-full',
} as const;
export type AuthFailure = (typeof AUTH_FAILURE)[keyof typeof AUTH_FAILURE];

/**
 * Why the server closed a websocket (`CloseEvent.code`/`reason`). The provider reconnects after
 * a close, so each of these is something the app should show rather than retry silently.
 */
export const CLOSE = {
  /** Too many messages or bytes for too long; the socket was throttled first. */
  rateLimited: { code: 4429, reason: 'rate-limited' },
  /** One message above `LIMITS.maxMessageBytes` (the ws library closes these with 1009). */
  messageTooLarge: { code: 1009, reason: 'message-too-large' },
  /** Applying the update would make the document larger than `LIMITS.maxDocumentBytes`. */
  documentTooLarge: { code: 4413, reason: 'document-too-large' },
  /**
   * The update could not be decoded, or builds on content the server has never received (an
   * honest client sends what it builds on first): a buggy or hostile peer.
   */
  invalidUpdate: { code: 4400, reason: 'invalid-update' },
  /**
   * A non-facilitator's update changed the map's structure (STRUCTURE_COLLECTIONS) while the
   * facilitator had it locked. None of that update was applied or relayed; the client's copy still
   * holds it, and will be refused again on reconnect until the client drops it (e.g. reloads the
   * room's document and re-applies its other edits).
   */
  structureLocked: { code: 4423, reason: 'structure-locked' },
  /** A non-facilitator's update changed WORKSHOP_MAP (lock, timer, vote…); refused as above. */
  facilitatorOnly: { code: 4403, reason: 'facilitator-only' },
  /** The server could not store the update, so it never acknowledged it: reconnect later. */
  storageFailed: { code: 1011, reason: 'storage-failed' },
  /** The room's secrets changed or sharing stopped: reconnecting will tell which. */
  roomChanged: { code: 4409, reason: 'room-changed' },
  /** The socket did not authenticate in time. */
  authTimeout: { code: 4408, reason: 'auth-timeout' },
} as const;

/** The server's limits (the README states them; the app can warn before hitting them). */
export const LIMITS = {
  /** One websocket message: a whole map pushed after working offline fits comfortably. */
  maxMessageBytes: 8 * 1024 * 1024,
  /** One document's encoded Yjs state (a 5,000-card map is about 1–2 MB). */
  maxDocumentBytes: 32 * 1024 * 1024,
  /** Per connection: sustained messages per second, and the burst allowed above it. */
  messagesPerSecond: 60,
  messageBurst: 600,
  /** Per connection: sustained bytes per second, and the burst (a full-document sync) above it. */
  bytesPerSecond: 2 * 1024 * 1024,
  bytesBurst: 24 * 1024 * 1024,
  /** A socket kept over budget (throttled) this long without a break is closed as a flood. */
  floodCloseMs: 10_000,
  /** Participants connected to one room at once. */
  maxConnectionsPerRoom: 200,
  /** A socket must authenticate within this many ms. */
  authTimeoutMs: 15_000,
} as const;

export type Limits = { [K in keyof typeof LIMITS]: number };

/**
 * The link a participant opens: the app's address, then a hash route with the room id and the
 * secret. All of it after `#` is the URL fragment, which browsers never send to a server, so the
 * secret is never in a request line or a server log. Example: `https://host/#/join/<room>/<secret>`.
 */
export function joinLink(appUrl: string, roomId: string, secret: string): string {
  return `${appUrl.replace(/#.*$/, '')}#/join/${roomId}/${secret}`;
}

/** The room and secret of a `#/join/<room>/<secret>` hash, or null when it is not a valid one. */
export function parseJoinHash(hash: string): { roomId: string; secret: string } | null {
  const m = /^#?\/join\/([^/]+)\/([^/?#]+)$/.exec(hash);
  if (!m) return null;
  const [, roomId, secret] = m as unknown as [string, string, string];
  return ROOM_ID_PATTERN.test(roomId) && SECRET_PATTERN.test(secret) ? { roomId, secret } : null;
}

/**
 * The workshop's live state, a top-level Y.Map of the document beside the map's collections but
 * not part of the map (never in its JSON export): the facilitator's structure lock, the timer,
 * "look here", the vote in progress. Only a facilitator may change it; the server enforces that.
 */
export const WORKSHOP_MAP = 'workshop';
/** Key in WORKSHOP_MAP: while true, only a facilitator may change the collections below. */
export const STRUCTURE_LOCK_KEY = 'structureLocked';
/** The collections that make up a map's structure (what the structure lock protects). */
export const STRUCTURE_COLLECTIONS = ['stages', 'steps', 'lanes'] as const;
/**
 * A top-level Y.Map of vote dots (id → { voter, card, round, at }), apart from WORKSHOP_MAP because
 * every participant writes it (a viewer too, when the round allows viewers to vote), while only a
 * facilitator writes the round itself. Not part of the map's JSON.
 */
export const VOTES_MAP = 'votes';
/** Key in WORKSHOP_MAP of the vote round (`{ status, viewers, … }`): the server reads whether a viewer may vote. */
export const VOTE_ROUND_KEY = 'vote';
