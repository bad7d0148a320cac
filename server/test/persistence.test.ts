import { afterEach, describe, expect, it } from 'vitest';
import { cardText, cards, connectClient, setCard, until, type TestClient } from './helpers/client.ts';
import { spawnServer, type ChildServer } from './helpers/child.ts';
import { createRoom, freshDataDir, startTestServer } from './helpers/server.ts';

const clients: TestClient[] = [];
const children: ChildServer[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.close());
  children.splice(0).forEach((c) => c.process.kill('SIGKILL'));
});
const client = (url: string, roomId: string, token: string) => {
  const c = connectClient(url, roomId, token);
  clients.push(c);
  return c;
};

describe('acknowledgement means durable', () => {
  it('relays an edit at once, but acknowledges it only once its log write is durable', async () => {
    const server = await startTestServer();
    let release = () => {};
    try {
      const room = await createRoom(server.url);
      const a = client(server.url, room.roomId, room.secrets.editor);
      const b = client(server.url, room.roomId, room.secrets.editor);
      await Promise.all([a.ready, b.ready]);
      // Hold every log write until released: a disk that has not answered yet.
      const append = server.storage.documents.append;
      const disk = new Promise<void>((resolve) => (release = resolve));
      server.storage.documents.append = async (name, update) => {
        await disk;
        return append(name, update);
      };
      setCard(a.doc, 'x', { text: 'held' });
      await until(() => cardText(b.doc, 'x') === 'held', 'relayed before it is durable');
      // Anything the server sent `a` before relaying b's edit has arrived once `a` sees that edit.
      setCard(b.doc, 'y', { text: 'from b' });
      await until(() => cardText(a.doc, 'y') === 'from b', "a sees b's edit");
      expect(a.provider.unsyncedChanges).toBeGreaterThan(0);
      release();
      await a.acknowledged();
      expect(await server.storage.documents.fetch(room.roomId)).not.toBeNull();
    } finally {
      release();
      await server.close();
    }
  });
});

describe('restart persistence (embedded store)', () => {
  // SIGKILL: no shutdown hook runs, and the 2 s store debounce has not fired (typing keeps
  // resetting it): whatever comes back was read from the update log.
  it('a server SIGKILLed mid-workshop, inside the store debounce, keeps every edit it acknowledged', async () => {
    const dataDir = freshDataDir();
    const first = await spawnServer({ DATA_DIR: dataDir });
    children.push(first);
    const room = await createRoom(first.url);
    const editors = [client(first.url, room.roomId, room.secrets.editor), client(first.url, room.roomId, room.secrets.facilitator)];
    await Promise.all(editors.map((e) => e.ready));
    // Each edit is its own message; the server acknowledges them in order, so a participant's
    // first (sent − unacknowledged) edits are the acknowledged ones.
    const sent = [0, 0];
    let typing = true;
    const typists = editors.map(async (e, p) => {
      while (typing) {
        setCard(e.doc, `p${p}-${sent[p]}`, { text: `edit ${sent[p]}` });
        sent[p]!++;
        await new Promise((r) => setTimeout(r, 2));
      }
    });
    const acked = () => editors.map((e, p) => sent[p]! - e.provider.unsyncedChanges);
    await until(() => acked().every((n) => n >= 40), 'some edits acknowledged');
    const before = acked();
    first.process.kill('SIGKILL');
    typing = false;
    await Promise.all(typists);
    await first.exited;

    const second = await spawnServer({ DATA_DIR: dataDir });
    children.push(second);
    const reader = client(second.url, room.roomId, room.secrets.viewer);
    await reader.ready;
    for (const [p, count] of before.entries()) {
      const missing = Array.from({ length: count }, (_, i) => `p${p}-${i}`).filter((id) => !cards(reader.doc).has(id));
      expect(missing).toEqual([]);
    }
  });

  it('a stopped server stores pending documents and restarts with them', async () => {
    const dataDir = freshDataDir();
    const first = await startTestServer({ dataDir, storeDebounceMs: 60_000, storeMaxDebounceMs: 120_000 });
    const room = await createRoom(first.url);
    const a = client(first.url, room.roomId, room.secrets.facilitator);
    await a.ready;
    setCard(a.doc, 'x', { text: 'before restart' });
    await a.acknowledged();
    await first.close();

    const second = await startTestServer({ dataDir });
    try {
      const b = client(second.url, room.roomId, room.secrets.facilitator);
      await b.ready;
      expect(cardText(b.doc, 'x')).toBe('before restart');
      // The log was folded into the stored state on shutdown.
      expect(await second.storage.documents.fetch(room.roomId)).not.toBeNull();
    } finally {
      await second.close();
    }
  });
});
