import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import { AUTH_FAILURE, CLOSE, ROOM_ID_PATTERN, ROOMS_API_PATH, type Role } from '../../../src/sync/protocol.ts';
import { newRoomId, newSecrets, roleFor } from '../rooms/secrets.ts';
import type { Storage } from '../store/index.ts';
import { sendJson } from './headers.ts';

/** Rooms created per client address: a burst for a busy facilitator, then one a minute. */
const CREATE_BURST = 20;
const CREATE_PER_MS = 60_000;

/**
 * The room API. Secrets come only in `Authorization: Bearer <secret>` (never in a URL, so no
 * access log can hold one) and are answered only on create and rotate.
 *
 *   POST   /api/rooms               → 201 { roomId, secrets: { facilitator, editor, viewer } }
 *   GET    /api/rooms/:id           → 200 { roomId, role, createdAt }          (any role)
 *   POST   /api/rooms/:id/rotate    → 200 { roomId, secrets }                  (facilitator)
 *   DELETE /api/rooms/:id           → 204, sharing stopped, document deleted   (facilitator)
 *
 * Refusals are `{ error }` with the same words as the websocket's (src/sync/protocol.ts).
 */
export function roomsApi(storage: Storage, sync: Hocuspocus, options: { trustProxy: boolean }) {
  const creations = new Map<string, { tokens: number; at: number }>();

  function mayCreate(address: string): boolean {
    const now = Date.now();
    const bucket = creations.get(address) ?? { tokens: CREATE_BURST, at: now };
    bucket.tokens = Math.min(CREATE_BURST, bucket.tokens + (now - bucket.at) / CREATE_PER_MS);
    bucket.at = now;
    if (creations.size > 10_000) creations.clear(); // bounded memory under a spray of addresses
    creations.set(address, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Closes the room's connections; they reconnect and learn why (rotated or stopped). */
  function disconnectRoom(roomId: string) {
    sync.documents.get(roomId)?.connections.forEach(({ connection }) => connection.close(CLOSE.roomChanged));
  }

  async function authorize(req: IncomingMessage, res: ServerResponse, roomId: string, needed?: Role): Promise<Role | null> {
    const secret = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const verdict = roleFor(await storage.rooms.get(roomId), secret);
    if ('failure' in verdict) {
      const status = verdict.failure === AUTH_FAILURE.roomNotFound ? 404 : verdict.failure === AUTH_FAILURE.sharingStopped ? 410 : 401;
      sendJson(res, status, { error: verdict.failure });
      return null;
    }
    if (needed && verdict.role !== needed) {
      sendJson(res, 403, { error: 'facilitator-only' });
      return null;
    }
    return verdict.role;
  }

  /** Returns false when the path is not the API's. */
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== ROOMS_API_PATH && !path.startsWith(`${ROOMS_API_PATH}/`)) return false;
    const [roomId, action, ...rest] = path.slice(ROOMS_API_PATH.length + 1).split('/');
    const route = `${req.method} ${roomId ? ':id' : ''}${action ? `/${action}` : ''}`;

    if (roomId === undefined || roomId === '') {
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      if (!mayCreate(clientAddress(req, options.trustProxy))) {
        sendJson(res, 429, { error: 'too-many-rooms' });
        return true;
      }
      const id = newRoomId();
      const { secrets, hashes } = newSecrets();
      await storage.rooms.create({ id, hashes, createdAt: Date.now() });
      sendJson(res, 201, { roomId: id, secrets });
      return true;
    }
    if (!ROOM_ID_PATTERN.test(roomId) || rest.length > 0 || (action !== undefined && action !== 'rotate')) {
      sendJson(res, 404, { error: AUTH_FAILURE.roomNotFound });
      return true;
    }

    switch (route) {
      case 'GET :id': {
        const role = await authorize(req, res, roomId);
        if (role) sendJson(res, 200, { roomId, role, createdAt: (await storage.rooms.get(roomId))?.createdAt });
        return true;
      }
      case 'POST :id/rotate': {
        if (!(await authorize(req, res, roomId, 'facilitator'))) return true;
        const { secrets, hashes } = newSecrets();
        await storage.rooms.rotate(roomId, hashes, Date.now());
        disconnectRoom(roomId);
        sendJson(res, 200, { roomId, secrets });
        return true;
      }
      case 'DELETE :id': {
        if (!(await authorize(req, res, roomId, 'facilitator'))) return true;
        await storage.rooms.stop(roomId, Date.now());
        disconnectRoom(roomId);
        await storage.documents.remove(roomId);
        res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
        return true;
      }
      default:
        return methodNotAllowed(res, action ? 'POST' : 'GET, DELETE');
    }
  };
}

function methodNotAllowed(res: ServerResponse, allow: string): true {
  res.setHeader('Allow', allow);
  sendJson(res, 405, { error: 'method-not-allowed' });
  return true;
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]!.trim() : '';
  return forwarded || req.socket.remoteAddress || '';
}
