import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { db } from '../../db';
import { saveRoom } from '../../db/rooms';
import { DocumentSession } from '../../session/DocumentSession';
import { FakeSocket } from '../../session/fakeSocket';
import { useRoomState } from '../../store/roomState';
import { makeMap } from '../../test/fixtures';
import { writeMap } from '../../sync/write';
import { attachSession, detachSession } from './room';

function sessionOf(mapId: string): DocumentSession {
  const doc = new Y.Doc();
  writeMap(doc, null, { ...makeMap(), id: mapId }, 'storage');
  return new DocumentSession(mapId, doc);
}

const room = (mapId: string, roomId: string, role: 'facilitator' | 'editor' | 'viewer') => ({ mapId, roomId, secret: 's'.repeat(43), role, origin: 'http://localhost:1', joinedAt: 1 });
/** Settles the database reads, the provider code's import and the socket's first attempt. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
};

beforeEach(async () => {
  FakeSocket.all = [];
  vi.stubGlobal('WebSocket', FakeSocket);
  await db.rooms.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the open map and its room', () => {
  it('a map with a room connects with its role; a viewer session is read-only', async () => {
    await saveRoom(db, room('map-a', 'A'.repeat(22), 'viewer'));
    const a = sessionOf('map-a');
    await attachSession(a);
    await settle();
    expect(useRoomState.getState()).toMatchObject({ mapId: 'map-a', roomId: 'A'.repeat(22), role: 'viewer', connection: 'connecting' });
    expect(a.readOnly).toBe(true);
    expect(FakeSocket.all.map((s) => s.url)).toEqual([`ws://localhost:1/sync?room=${'A'.repeat(22)}`]);
    detachSession(a);
    await a.close();
    expect(useRoomState.getState()).toMatchObject({ mapId: null, connection: 'local', role: 'facilitator' });
  });

  it('switching maps quickly connects only the map on screen, and leaves no socket behind', async () => {
    await saveRoom(db, room('map-a', 'A'.repeat(22), 'editor'));
    await saveRoom(db, room('map-b', 'B'.repeat(22), 'editor'));
    const a = sessionOf('map-a');
    const b = sessionOf('map-b');
    const first = attachSession(a);
    // A is left before its room was even read: B opens.
    detachSession(a);
    void a.close();
    await attachSession(b);
    await first;
    await settle();
    expect(FakeSocket.all.map((s) => s.url)).toEqual([`ws://localhost:1/sync?room=${'B'.repeat(22)}`]);
    expect(useRoomState.getState()).toMatchObject({ mapId: 'map-b', role: 'editor' });
    detachSession(b);
    await b.close();
    expect(FakeSocket.all.filter((s) => !s.closed)).toEqual([]);
  });

  it('a map nobody shared is local, and its one user its facilitator', async () => {
    const c = sessionOf('map-c');
    await attachSession(c);
    await settle();
    expect(useRoomState.getState()).toMatchObject({ mapId: 'map-c', roomId: null, role: 'facilitator', connection: 'local' });
    expect(FakeSocket.all).toEqual([]);
    expect(c.readOnly).toBe(false);
    detachSession(c);
    await c.close();
  });
});
