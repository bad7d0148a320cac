import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AUTH_FAILURE, CLOSE } from '../../src/sync/protocol.ts';
import type { RunningServer } from '../src/app.ts';
import { cardText, cards, connectClient, setCard, until, type TestClient } from './helpers/client.ts';
import { authMessage, rawSocket } from './helpers/raw.ts';
import { createRoom, startTestServer, type Room } from './helpers/server.ts';

let server: RunningServer;
const clients: TestClient[] = [];
const client = (room: Room, token: string, doc?: Y.Doc) => {
  const c = connectClient(server.url, room.roomId, token, doc);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await server.close();
});

describe('two participants', () => {
  it('converge on concurrent edits', async () => {
    const room = await createRoom(server.url);
    const a = client(room, room.secrets.facilitator);
    const b = client(room, room.secrets.editor);
    await Promise.all([a.ready, b.ready]);
    for (let i = 0; i < 20; i++) {
      setCard(a.doc, `a${i}`, { text: `from a ${i}` });
      setCard(b.doc, `b${i}`, { text: `from b ${i}` });
    }
    setCard(a.doc, 'shared', { text: 'a wins?' });
    setCard(b.doc, 'shared', { text: 'b wins?' });
    await until(() => cards(a.doc).size === 41 && cards(b.doc).size === 41, 'both see 41 cards');
    await until(() => cardText(a.doc, 'shared') === cardText(b.doc, 'shared'), 'same winner');
    expect(cards(a.doc).toJSON()).toEqual(cards(b.doc).toJSON());
    expect(cardText(b.doc, 'a7')).toBe('from a 7');
  });
});

describe('authentication', () => {
  it('refuses a wrong secret, an unknown room and a malformed token with distinct reasons', async () => {
    const room = await createRoom(server.url);
    const wrong = client(room, 'x'.repeat(43));
    await expect(wrong.ready).rejects.toThrow(AUTH_FAILURE.wrongSecret);
    const garbage = client(room, 'not a secret');
    await expect(garbage.ready).rejects.toThrow(AUTH_FAILURE.wrongSecret);
    const other = await createRoom(server.url);
    const unknown = client({ ...other, roomId: 'A'.repeat(22) }, other.secrets.editor);
    await expect(unknown.ready).rejects.toThrow(AUTH_FAILURE.roomNotFound);
    const crossed = client(room, other.secrets.editor);
    await expect(crossed.ready).rejects.toThrow(AUTH_FAILURE.wrongSecret);
    // A socket the load balancer routed for one room cannot open another.
    const misrouted = rawSocket(server.url, `?room=${other.roomId}`);
    await misrouted.open;
    misrouted.ws.send(authMessage(room.roomId, room.secrets.editor));
    await until(() => misrouted.received.some((m) => new TextDecoder().decode(m).includes(AUTH_FAILURE.roomNotFound)), 'misrouted socket refused');
    misrouted.ws.close();
  });

  it('rotating the link refuses the old secrets as rotated and closes live connections', async () => {
    const room = await createRoom(server.url);
    const live = client(room, room.secrets.editor);
    await live.ready;
    const res = await fetch(`${server.url}/api/rooms/${room.roomId}/rotate`, { method: 'POST', headers: { Authorization: `Bearer ${room.secrets.facilitator}` } });
    expect(res.status).toBe(200);
    const rotated = (await res.json()) as Room;
    expect(rotated.secrets.editor).not.toBe(room.secrets.editor);
    await until(() => live.refusals.includes(CLOSE.roomChanged.reason), 'live connection told the room changed');

    const old = client(room, room.secrets.editor);
    await expect(old.ready).rejects.toThrow(AUTH_FAILURE.linkRotated);
    const renewed = client(room, rotated.secrets.editor);
    await renewed.ready;
  });

  it('stopping sharing refuses everyone and deletes the document', async () => {
    const room = await createRoom(server.url);
    const a = client(room, room.secrets.editor);
    await a.ready;
    setCard(a.doc, 'c1', { text: 'secret plan' });
    await a.acknowledged();
    const notFacilitator = await fetch(`${server.url}/api/rooms/${room.roomId}`, { method: 'DELETE', headers: { Authorization: `Bearer ${room.secrets.editor}` } });
    expect(notFacilitator.status).toBe(403);
    const stop = await fetch(`${server.url}/api/rooms/${room.roomId}`, { method: 'DELETE', headers: { Authorization: `Bearer ${room.secrets.facilitator}` } });
    expect(stop.status).toBe(204);
    const again = client(room, room.secrets.facilitator);
    await expect(again.ready).rejects.toThrow(AUTH_FAILURE.sharingStopped);
    await until(() => !server.sync.documents.has(room.roomId), 'document unloaded');
    expect(await server.storage.documents.fetch(room.roomId)).toBeNull();
    // The participant keeps its local copy.
    expect(cardText(a.doc, 'c1')).toBe('secret plan');
  });

  it('tells a participant its role', async () => {
    const room = await createRoom(server.url);
    const who = async (secret: string) => (await fetch(`${server.url}/api/rooms/${room.roomId}`, { headers: { Authorization: `Bearer ${secret}` } })).json();
    expect(await who(room.secrets.viewer)).toMatchObject({ roomId: room.roomId, role: 'viewer' });
    expect(await who(room.secrets.facilitator)).toMatchObject({ role: 'facilitator' });
    expect(await who('nope')).toEqual({ error: AUTH_FAILURE.wrongSecret });
  });
});

describe('idle documents', () => {
  it('are stored and unloaded when the last participant leaves, and load again for the next', async () => {
    const room = await createRoom(server.url);
    const a = client(room, room.secrets.editor);
    const b = client(room, room.secrets.editor);
    await Promise.all([a.ready, b.ready]);
    setCard(a.doc, 'c1', { text: 'kept' });
    await a.acknowledged();
    a.close();
    await until(() => server.sync.documents.get(room.roomId)?.getConnectionsCount() === 1, 'a has left');
    expect(server.sync.documents.has(room.roomId)).toBe(true); // b is still here
    b.close();
    await until(() => !server.sync.documents.has(room.roomId), 'unloaded after the last one left');
    const c = client(room, room.secrets.viewer);
    await c.ready;
    expect(cardText(c.doc, 'c1')).toBe('kept');
  });
});

describe('viewer', () => {
  it('is read-only on the server: its edits reach neither the server nor others', async () => {
    const room = await createRoom(server.url);
    const editor = client(room, room.secrets.editor);
    const viewer = client(room, room.secrets.viewer);
    await Promise.all([editor.ready, viewer.ready]);
    setCard(editor.doc, 'e1', { text: 'editor card' });
    await until(() => cardText(viewer.doc, 'e1') === 'editor card', 'viewer sees the editor');

    setCard(viewer.doc, 'v1', { text: 'viewer tampering' });
    setCard(viewer.doc, 'e1', { text: 'overwritten by viewer' });
    // A later editor edit proves the viewer's messages were processed before it (same socket order).
    await new Promise((r) => setTimeout(r, 300));
    setCard(editor.doc, 'e2', { text: 'after' });
    await until(() => cardText(viewer.doc, 'e2') === 'after', 'viewer still receives');
    await editor.acknowledged();

    expect(cards(editor.doc).has('v1')).toBe(false);
    expect(cardText(editor.doc, 'e1')).toBe('editor card');
    const onServer = server.sync.documents.get(room.roomId)!;
    expect(onServer.getMap('cards').has('v1')).toBe(false);
    const stored = await server.storage.documents.fetch(room.roomId);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, stored!);
    expect(cards(restored).has('v1')).toBe(false);
  });
});
