import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { makeMap } from '../test/fixtures';
import { writeMap } from '../sync/write';
import { connectRoom } from './connection';
import { FakeSocket } from './fakeSocket';
import { DocumentSession } from './DocumentSession';

const ROOM = { roomId: 'r'.repeat(22), secret: 's'.repeat(43), origin: 'http://localhost:1' };
const open = () => FakeSocket.all.filter((s) => !s.closed);

function newSession(): DocumentSession {
  const map = makeMap();
  const doc = new Y.Doc();
  writeMap(doc, null, map, 'storage');
  return new DocumentSession(map.id, doc);
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a room connection', () => {
  it('opens a socket to the room and is connecting', async () => {
    const session = newSession();
    const views: string[] = [];
    const c = connectRoom(session, ROOM, { WebSocketPolyfill: FakeSocket, onView: (v) => views.push(v.connection) });
    await vi.advanceTimersByTimeAsync(10);
    expect(open()).toHaveLength(1);
    expect(open()[0]!.url).toBe(`ws://localhost:1/sync?room=${ROOM.roomId}`);
    expect(c.state().connection).toBe('connecting');
    await session.close();
  });

  it('ends with its session: the socket closes and nothing reconnects', async () => {
    const session = newSession();
    connectRoom(session, ROOM, { WebSocketPolyfill: FakeSocket });
    await vi.advanceTimersByTimeAsync(10);
    await session.close();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(FakeSocket.all.length).toBeGreaterThan(0);
    expect(open()).toHaveLength(0);
  });

  it('made for a session that already closed (a quick switch of maps), it never connects', async () => {
    const session = newSession();
    await session.close();
    const c = connectRoom(session, ROOM, { WebSocketPolyfill: FakeSocket });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(open()).toHaveLength(0);
    await expect(c.whenAcknowledged()).rejects.toThrow('closed');
  });

  it('working offline closes the socket and stays closed until back online', async () => {
    const session = newSession();
    const c = connectRoom(session, ROOM, { WebSocketPolyfill: FakeSocket });
    await vi.advanceTimersByTimeAsync(10);
    c.setWorkOffline(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(open()).toHaveLength(0);
    expect(c.state().connection).toBe('offline');
    c.setWorkOffline(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(open()).toHaveLength(1);
    await session.close();
  });

  it('released, it stops while the session, its awareness and this person there go on', async () => {
    const session = newSession();
    session.awareness.setLocalStateField('name', 'Ana');
    // Presence listens from the start; it must go on hearing changes after the release.
    const seen: unknown[] = [];
    session.awareness.on('change', () => seen.push(1));
    const c = connectRoom(session, ROOM, { WebSocketPolyfill: FakeSocket });
    await vi.advanceTimersByTimeAsync(10);
    c.release();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(open()).toHaveLength(0);
    expect(session.awareness.getLocalState()).toMatchObject({ name: 'Ana' });
    seen.length = 0;
    session.awareness.setLocalStateField('name', 'Ana B');
    expect(seen).toHaveLength(1); // still a live awareness, listeners and all
    expect(session.isClosed).toBe(false);
    await session.close();
  });
});
