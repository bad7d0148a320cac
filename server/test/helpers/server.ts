import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../src/app.ts';
import type { ServerConfig } from '../../src/config.ts';
import type { Limits } from '../../../src/sync/protocol.ts';

export type TestServerOptions = Partial<ServerConfig> & { limits?: Partial<Limits> };

/** A fresh data folder holding an empty, migrated embedded store. */
export function freshDataDir(): string {
  const dir = mkdtempSync(join(inject('tmpRoot'), 'data-'));
  cpSync(inject('pgliteTemplate'), dir, { recursive: true });
  return dir;
}

/** A fresh empty folder (e.g. a fake dist/). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(inject('tmpRoot'), `${prefix}-`));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The server in this process on a free port. */
export function startTestServer(options: TestServerOptions = {}): Promise<RunningServer> {
  return startServer({
    port: 0,
    host: '127.0.0.1',
    distDir: options.distDir ?? join(inject('tmpRoot'), 'no-dist'),
    dataDir: options.dataDir ?? freshDataDir(),
    storeDebounceMs: 200,
    storeMaxDebounceMs: 1000,
    compactIntervalMs: 500,
    quiet: true,
    trustProxy: false,
    ...options,
  });
}

export interface Room {
  roomId: string;
  secrets: { facilitator: string; editor: string; viewer: string };
}

export async function createRoom(baseUrl: string): Promise<Room> {
  const res = await fetch(`${baseUrl}/api/rooms`, { method: 'POST' });
  if (res.status !== 201) throw new Error(`create room: ${res.status}`);
  return (await res.json()) as Room;
}
