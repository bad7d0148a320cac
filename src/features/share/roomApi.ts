import { z } from 'zod';
import { HEALTH_PATH, ROLES, ROOM_ID_PATTERN, ROOMS_API_PATH, SECRET_PATTERN, type Role } from '../../sync/protocol';

/**
 * The sync server's room API, as the app calls it (server/src/http/api.ts). Every answer passes
 * a zod schema; anything else (a static host's 404 page, a proxy's error) is "no server" or a
 * named failure, never a crash. Secrets travel only in the Authorization header.
 */

const secret = z.string().regex(SECRET_PATTERN);
const roomId = z.string().regex(ROOM_ID_PATTERN);
const Secrets = z.object({ facilitator: secret, editor: secret, viewer: secret });
const Created = z.object({ roomId, secrets: Secrets });
const Who = z.object({ roomId, role: z.enum(ROLES) });
const Health = z.object({ ok: z.literal(true) });
const Failure = z.object({ error: z.string().max(64) });

export type RoomSecrets = z.infer<typeof Secrets>;
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Failures the app explains beside the server's own words (AUTH_FAILURE). */
export const API_ERROR = {
  noServer: 'no-server',
  network: 'network',
  tooManyRooms: 'too-many-rooms',
  facilitatorOnly: 'facilitator-only',
  unexpected: 'unexpected',
} as const;

async function call<T>(origin: string, path: string, init: RequestInit, schema: z.ZodType<T> | null): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(`${origin}${path}`, { ...init, cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    return { ok: false, error: API_ERROR.network };
  }
  let body: unknown;
  try {
    body = res.status === 204 ? null : await res.json();
  } catch {
    // Not JSON: a static host's page, not our server.
    return { ok: false, error: res.ok || res.status === 404 ? API_ERROR.noServer : API_ERROR.unexpected };
  }
  if (!res.ok) {
    const failure = Failure.safeParse(body);
    return { ok: false, error: failure.success ? failure.data.error : API_ERROR.unexpected };
  }
  if (!schema) return { ok: true, value: undefined as T };
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: API_ERROR.unexpected };
}

const bearer = (s: string) => ({ Authorization: `Bearer ${s}` });

/** Whether a sync server answers here (a static host or `vite preview` does not). */
export async function hasSyncServer(origin: string): Promise<boolean> {
  const r = await call(origin, HEALTH_PATH, { method: 'GET' }, Health);
  return r.ok;
}

export function createRoom(origin: string): Promise<ApiResult<z.infer<typeof Created>>> {
  return call(origin, ROOMS_API_PATH, { method: 'POST' }, Created);
}

/** Which role a secret grants in a room (or why it grants none). */
export async function roleIn(origin: string, room: string, key: string): Promise<ApiResult<Role>> {
  const r = await call(origin, `${ROOMS_API_PATH}/${room}`, { method: 'GET', headers: bearer(key) }, Who);
  return r.ok ? { ok: true, value: r.value.role } : r;
}

export function rotateRoom(origin: string, room: string, facilitatorSecret: string): Promise<ApiResult<z.infer<typeof Created>>> {
  return call(origin, `${ROOMS_API_PATH}/${room}/rotate`, { method: 'POST', headers: bearer(facilitatorSecret) }, Created);
}

export function stopRoom(origin: string, room: string, facilitatorSecret: string): Promise<ApiResult<void>> {
  return call(origin, `${ROOMS_API_PATH}/${room}`, { method: 'DELETE', headers: bearer(facilitatorSecret) }, null);
}
