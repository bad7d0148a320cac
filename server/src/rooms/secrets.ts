import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AUTH_FAILURE, ROLES, SECRET_PATTERN, type AuthFailure, type Role } from '../../../src/sync/protocol.ts';
import type { RoomRecord } from '../store/rooms.ts';

/** 128 random bits: unguessable, and short enough for a QR code. */
export const newRoomId = () => randomBytes(16).toString('base64url');
/** 256 random bits per role. */
export const newSecret = () => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function newSecrets(): { secrets: Record<Role, string>; hashes: Record<Role, string> } {
  const secrets = Object.fromEntries(ROLES.map((role) => [role, newSecret()])) as Record<Role, string>;
  const hashes = Object.fromEntries(ROLES.map((role) => [role, hashSecret(secrets[role])])) as Record<Role, string>;
  return { secrets, hashes };
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Which role `secret` opens in `room`, or why it opens none. */
export function roleFor(room: RoomRecord | null, secret: string): { role: Role } | { failure: AuthFailure } {
  if (!room) return { failure: AUTH_FAILURE.roomNotFound };
  if (room.stoppedAt !== null) return { failure: AUTH_FAILURE.sharingStopped };
  if (!SECRET_PATTERN.test(secret)) return { failure: AUTH_FAILURE.wrongSecret };
  const hash = hashSecret(secret);
  const role = ROLES.find((r) => same(room.hashes[r], hash));
  if (role) return { role };
  return { failure: room.retired.some((old) => same(old, hash)) ? AUTH_FAILURE.linkRotated : AUTH_FAILURE.wrongSecret };
}
