import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_FAILURE } from '../../src/sync/protocol.ts';
import type { RunningServer } from '../src/app.ts';
import { cardText, cards, connectClient, setCard, until, type TestClient } from './helpers/client.ts';
import { createRoom, startTestServer } from './helpers/server.ts';
import { missing, postgresBin, redisBin, startPostgres, startRedis, type Service } from './helpers/services.ts';

const PG = postgresBin();
const REDIS = redisBin();
const skipPg = missing('PostgreSQL', PG);
const skipRedis = skipPg || missing('redis-server', REDIS);

let postgres: Service | undefined;
let redis: Service | undefined;
const servers: RunningServer[] = [];
const clients: TestClient[] = [];
const client = (server: RunningServer, roomId: string, token: string) => {
  const c = connectClient(server.url, roomId, token);
  clients.push(c);
  return c;
};
const start = async (options: Parameters<typeof startTestServer>[0]) => {
  const s = await startTestServer(options);
  servers.push(s);
  return s;
};
const stop = async (server: RunningServer) => {
  servers.splice(servers.indexOf(server), 1);
  await server.close();
};

beforeAll(async () => {
  if (!skipPg) postgres = await startPostgres(PG!);
  if (!skipRedis) redis = await startRedis(REDIS!);
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await Promise.all(servers.map((s) => s.close()));
  await redis?.stop();
  await postgres?.stop();
});

describe.skipIf(skipPg)('PostgreSQL storage (DATABASE_URL)', () => {
  it('stores rooms and documents in PostgreSQL and serves them after a restart', async () => {
    const first = await start({ databaseUrl: postgres!.url });
    const room = await createRoom(first.url);
    const a = client(first, room.roomId, room.secrets.editor);
    const b = client(first, room.roomId, room.secrets.editor);
    await Promise.all([a.ready, b.ready]);
    for (let i = 0; i < 30; i++) setCard(i % 2 ? a.doc : b.doc, `c${i}`, { text: `card ${i}` });
    await until(() => cards(a.doc).size === 30 && cards(b.doc).size === 30, 'converged');
    await Promise.all([a.acknowledged(), b.acknowledged()]);
    await stop(first);

    const db = new pg.Client({ connectionString: postgres!.url });
    await db.connect();
    const { rows } = await db.query('SELECT octet_length(state) AS bytes FROM jp_documents WHERE name = $1', [room.roomId]);
    await db.end();
    expect(Number(rows[0]?.bytes)).toBeGreaterThan(100);

    const second = await start({ databaseUrl: postgres!.url });
    const c = client(second, room.roomId, room.secrets.editor);
    await c.ready;
    expect(cards(c.doc).toJSON()).toEqual(cards(a.doc).toJSON());
  });
});

describe.skipIf(skipRedis)('two servers with Redis (REDIS_URL)', () => {
  it('serve one workshop: edits cross instances, rooms and rotations are shared, nothing is lost', async () => {
    const options = { databaseUrl: postgres!.url, redisUrl: redis!.url };
    const one = await start(options);
    const two = await start(options);
    const room = await createRoom(one.url);
    const a = client(one, room.roomId, room.secrets.facilitator);
    const b = client(two, room.roomId, room.secrets.editor);
    await Promise.all([a.ready, b.ready]);

    setCard(a.doc, 'from-one', { text: 'via instance one' });
    await until(() => cardText(b.doc, 'from-one') === 'via instance one', 'instance two sees instance one');
    for (let i = 0; i < 40; i++) {
      setCard(a.doc, `a${i}`, { text: `a ${i}` });
      setCard(b.doc, `b${i}`, { text: `b ${i}` });
    }
    await until(() => cards(a.doc).size === 81 && cards(b.doc).size === 81, 'both instances converge');
    expect(cards(a.doc).toJSON()).toEqual(cards(b.doc).toJSON());
    await Promise.all([a.acknowledged(), b.acknowledged()]);

    // A rotation on instance one is refused on instance two.
    const rotate = await fetch(`${one.url}/api/rooms/${room.roomId}/rotate`, { method: 'POST', headers: { Authorization: `Bearer ${room.secrets.facilitator}` } });
    expect(rotate.status).toBe(200);
    const stale = client(two, room.roomId, room.secrets.editor);
    await expect(stale.ready).rejects.toThrow(AUTH_FAILURE.linkRotated);

    await Promise.all([stop(one), stop(two)]);
    const third = await start({ databaseUrl: postgres!.url });
    const { secrets } = (await rotate.json()) as { secrets: { viewer: string } };
    const c = client(third, room.roomId, secrets.viewer);
    await c.ready;
    expect(cards(c.doc).toJSON()).toEqual(cards(a.doc).toJSON());
  });
});
