import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../src/sync/protocol.ts';
import type { RunningServer } from '../src/app.ts';
import { cardText, cards, connectClient, setCard, until, type TestClient } from './helpers/client.ts';
import { authMessage, rawSocket, updateMessage } from './helpers/raw.ts';
import { createRoom, startTestServer } from './helpers/server.ts';

let server: RunningServer;
const clients: TestClient[] = [];
const LIMITS = { maxMessageBytes: 64 * 1024, maxDocumentBytes: 32 * 1024, messagesPerSecond: 20, messageBurst: 40, floodCloseMs: 3000, authTimeoutMs: 1500 };

beforeAll(async () => {
  server = await startTestServer({ limits: LIMITS });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await server.close();
});

const healthy = async () => (await fetch(`${server.url}/api/health`)).ok;

describe('bad input', () => {
  it('garbage frames before and after authentication never take the server down', async () => {
    const room = await createRoom(server.url);
    const before = rawSocket(server.url);
    await before.open;
    for (let i = 0; i < 20; i++) before.ws.send(randomBytes(1 + (i * 37) % 300));
    await before.closed;

    const after = rawSocket(server.url);
    await after.open;
    after.ws.send(authMessage(room.roomId, room.secrets.editor));
    await until(() => after.received.length > 0, 'authenticated');
    after.ws.send(updateMessage(room.roomId, randomBytes(200)));
    after.ws.send(updateMessage(room.roomId, new Uint8Array([255, 255, 255, 255, 15])));
    await until(() => after.received.some((m) => new TextDecoder().decode(m).includes(CLOSE.invalidUpdate.reason)), 'told invalid-update');
    after.ws.close();

    expect(await healthy()).toBe(true);
    const a = connectClient(server.url, room.roomId, room.secrets.editor);
    clients.push(a);
    await a.ready;
    setCard(a.doc, 'ok', { text: 'still works' });
    await a.acknowledged();
    expect(server.sync.documents.get(room.roomId)?.getMap('cards').size).toBe(1);
  });

  it('refuses an update that would make the document too large, and keeps the rest', async () => {
    const room = await createRoom(server.url);
    const a = connectClient(server.url, room.roomId, room.secrets.editor);
    clients.push(a);
    await a.ready;
    setCard(a.doc, 'small', { text: 'fits' });
    await a.acknowledged();
    setCard(a.doc, 'huge', { text: 'x'.repeat(40 * 1024) });
    await until(() => a.refusals.includes(CLOSE.documentTooLarge.reason), 'told document-too-large');
    const onServer = server.sync.documents.get(room.roomId);
    expect(onServer?.getMap('cards').has('huge') ?? false).toBe(false);
    expect(cardText(a.doc, 'small')).toBe('fits');
    expect(await healthy()).toBe(true);
  });

  it('closes a socket that sends a message above the size limit', async () => {
    const room = await createRoom(server.url);
    const raw = rawSocket(server.url);
    await raw.open;
    raw.ws.send(authMessage(room.roomId, room.secrets.editor));
    const doc = new Y.Doc();
    cards(doc).set('big', new Y.Map([['text', 'y'.repeat(100 * 1024)]]));
    raw.ws.send(updateMessage(room.roomId, Y.encodeStateAsUpdate(doc)));
    expect((await raw.closed).code).toBe(CLOSE.messageTooLarge.code);
  });

  it('throttles a fast sender without dropping, and closes a flood', async () => {
    const room = await createRoom(server.url);
    const a = connectClient(server.url, room.roomId, room.secrets.editor);
    const b = connectClient(server.url, room.roomId, room.secrets.editor);
    clients.push(a, b);
    await Promise.all([a.ready, b.ready]);
    // Above the burst: paused, then delivered.
    for (let i = 0; i < 60; i++) setCard(a.doc, `c${i}`, { text: `${i}` });
    await until(() => cards(b.doc).size === 60, 'all 60 throttled edits arrive');

    const flood = rawSocket(server.url);
    await flood.open;
    const frame = authMessage('A'.repeat(22), 'x');
    for (let i = 0; i < 400; i++) flood.ws.send(frame);
    expect((await flood.closed).code).toBe(CLOSE.rateLimited.code);
    expect(await healthy()).toBe(true);
  });

  it('closes a socket that never authenticates', async () => {
    const idle = rawSocket(server.url);
    await idle.open;
    expect(await idle.closed).toEqual({ code: CLOSE.authTimeout.code, reason: CLOSE.authTimeout.reason });
  });
});
