/**
 * Sync benchmark (`npm run bench:sync`, `-- --smoke` for a 5-second CI run, `-- --seconds=N` for
 * another workshop length, `-- --floor` for the same workshop on bare Hocuspocus). The server runs in its own process, as in production, so its CPU and
 * memory are its own; the participants are @hocuspocus/provider clients in this process. Budgets
 * are the `sync_*` entries of bench/budgets.json.
 *
 * Document shape (the client's may differ; only size and edit pattern matter here): a Y.Map
 * 'cards' of 2,000 card records, each a Y.Map { text, laneId, stepId, order, color }. An edit
 * sets one card's text. Each participant edits only its own cards (index % participants), as
 * people in a workshop mostly do, so every edit must reach every other participant unchanged.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import * as Y from 'yjs';
import { decodeUpdate } from '../src/sync/messages.ts';
import { InFlight, touchedRoots } from '../src/sync/touches.ts';
import { spawnServer, type ChildServer } from '../test/helpers/child.ts';
import { cards, connectClient, until, type TestClient } from '../test/helpers/client.ts';
import { createRoom, type Room } from '../test/helpers/server.ts';

const SMOKE = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const budgets = JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8')) as Record<string, { max: number }>;
const BUDGET = {
  latencyP50: budgets.sync_edit_p50_ms!.max,
  latencyP95: budgets.sync_edit_p95_ms!.max,
  workshopP95: budgets.sync_workshop_p95_ms!.max,
  open5000: budgets.sync_open_5000_ms!.max,
};
const CARDS = 2000;
const BIG_CARDS = 5000;
const PARTICIPANTS = 40;
const SECONDS_ARG = /^--seconds=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--seconds=')) ?? '')?.[1];
const WORKSHOP_SECONDS = SECONDS_ARG ? Number(SECONDS_ARG) : SMOKE ? 5 : 60;
const LATENCY_EDITS = SMOKE ? 60 : 300;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Linux: the server process's CPU seconds and resident memory, read from /proc. */
function processStats(pid: number): { cpuSeconds: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]); // utime + stime (fields 14, 15)
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSeconds: ticks / 100, rssMb: rssKb / 1024 };
}

const collectGarbage = (() => {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** BENCH_TRACE=file: every delivery as [sent at, latency] (ms), to see when the slow ones happen. */
const trace: [number, number][] | null = process.env.BENCH_TRACE ? [] : null;

type LoopDelay = { p50: number; p95: number; max: number; gcMaxMs: number; gcTotalMs: number };

/** The server's main-thread event-loop delay since the last call (see loop-delay.mjs). */
function serverLoopDelay(server: ChildServer): Promise<LoopDelay> {
  return new Promise((resolve) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const json = /JP_LOOP_DELAY (\{.*\})/.exec(out)?.[1];
      if (!json) return;
      server.process.stdout!.off('data', onData);
      resolve(JSON.parse(json) as LoopDelay);
    };
    server.process.stdout!.on('data', onData);
    server.process.kill('SIGUSR2');
  });
}

/** Records, on every participant, how long each remote edit took to arrive. */
function watchLatency(clients: TestClient[], sentAt: Map<string, number>, latencies: number[]) {
  for (const c of clients) {
    cards(c.doc).observeDeep((events, transaction) => {
      if (transaction.local) return;
      const now = performance.now();
      for (const event of events) {
        if (!(event.target instanceof Y.Map) || !(event as Y.YMapEvent<unknown>).keysChanged.has('text')) continue;
        const sent = sentAt.get(String((event.target as Y.Map<unknown>).get('text')));
        if (sent === undefined) continue;
        latencies.push(now - sent);
        trace?.push([Math.round(sent), Math.round(now - sent)]);
      }
    });
  }
}

function seedDocument(doc: Y.Doc, count = CARDS) {
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      cards(doc).set(`card-${i}`, new Y.Map<unknown>([
        ['text', `Card ${i}: the customer waits for the technician`],
        ['laneId', `lane-${i % 8}`],
        ['stepId', `step-${Math.floor(i / 8) % 250}`],
        ['order', `a${i.toString(36)}`],
        ['color', i % 3 ? 'yellow' : 'blue'],
      ]));
    }
  });
}

async function connectAll(server: ChildServer, room: Room, count: number): Promise<TestClient[]> {
  const clients = Array.from({ length: count }, () => connectClient(server.url, room.roomId, room.secrets.editor));
  await Promise.all(clients.map((c) => c.ready));
  return clients;
}

async function latencyPhase(server: ChildServer) {
  const room = await createRoom(server.url);
  const [editor, watcher] = await connectAll(server, room, 2);
  seedDocument(editor!.doc);
  await until(() => cards(watcher!.doc).size === CARDS, 'watcher has the seeded map', 60_000);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  watchLatency([watcher!], sentAt, latencies);
  for (let i = 0; i < LATENCY_EDITS; i++) {
    const text = `latency ${i}`;
    sentAt.set(text, performance.now());
    cards(editor!.doc).get(`card-${i % CARDS}`)!.set('text', text);
    await sleep(20);
  }
  await until(() => latencies.length === LATENCY_EDITS, 'every edit seen', 30_000);
  [editor, watcher].forEach((c) => c!.close());
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), edits: LATENCY_EDITS };
}

async function workshopPhase(server: ChildServer, bare = false) {
  const room = bare ? { roomId: 'bench-floor-room-00000a', secrets: { facilitator: '', editor: 'x', viewer: '' } } : await createRoom(server.url);
  const [seeder] = await connectAll(server, room, 1);
  seedDocument(seeder!.doc);
  await seeder!.acknowledged();
  const clients = [seeder!, ...(await connectAll(server, room, PARTICIPANTS - 1))];
  await Promise.all(clients.map((c) => until(() => cards(c.doc).size === CARDS, 'participant has the map', 60_000)));
  // Forty full syncs leave this process (the participants, not the server) with a heap of garbage
  // whose collection stalled it for seconds at the start of the measurement: collect it first.
  collectGarbage();

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const lastWritten = new Map<string, string>();
  watchLatency(clients, sentAt, latencies);
  // Edit → acknowledged by the server (durable in its log): when a participant's count of
  // unacknowledged changes drops to zero, every edit it made before is acknowledged.
  const acks: number[] = [];
  const unacked = clients.map(() => [] as number[]);
  clients.forEach((c, p) => c.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number !== 0) return;
    const now = performance.now();
    for (const t of unacked[p]!.splice(0)) acks.push(now - t);
  }));
  await serverLoopDelay(server);
  const ownLoop = monitorEventLoopDelay({ resolution: 5 });
  ownLoop.enable();
  const before = processStats(server.process.pid!);
  const clientCpuBefore = process.cpuUsage();
  let peakRss = before.rssMb;
  const started = performance.now();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, processStats(server.process.pid!).rssMb)), 250);

  let sent = 0;
  await Promise.all(clients.map(async (c, p) => {
    await sleep(Math.random() * 1000); // participants don't type in lockstep
    for (let second = 0; second < WORKSHOP_SECONDS; second++) {
      const id = `card-${p + PARTICIPANTS * Math.floor(Math.random() * (CARDS / PARTICIPANTS))}`;
      const text = `p${p} edit ${second}`;
      sentAt.set(text, performance.now());
      unacked[p]!.push(performance.now());
      cards(c.doc).get(id)!.set('text', text);
      lastWritten.set(id, text);
      sent++;
      await sleep(1000);
    }
  }));
  await Promise.all(clients.map((c) => c.acknowledged()));
  await until(() => latencies.length >= sent * (PARTICIPANTS - 1), 'every edit seen by every other participant', 60_000);
  clearInterval(sampler);
  ownLoop.disable();
  const serverLoop = await serverLoopDelay(server);
  const clientLoop = { p95: ownLoop.percentile(95) / 1e6, max: ownLoop.max / 1e6 };
  const after = processStats(server.process.pid!);
  const seconds = (performance.now() - started) / 1000;
  const clientCpu = process.cpuUsage(clientCpuBefore);

  // Nothing lost: all participants hold the same document, with every owner's last text.
  const reference = JSON.stringify(cards(clients[0]!.doc).toJSON());
  const identical = clients.every((c) => JSON.stringify(cards(c.doc).toJSON()) === reference);
  const lastKept = [...lastWritten].every(([id, text]) => cards(clients[0]!.doc).get(id)?.get('text') === text);
  clients.forEach((c) => c.close());
  return {
    room, reference, identical, lastKept, sent, deliveries: latencies.length,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies),
    ackP50: percentile(acks, 50), ackP95: percentile(acks, 95), serverLoop, clientLoop, load: loadavg()[0]!,
    cpuPercent: (100 * (after.cpuSeconds - before.cpuSeconds)) / seconds,
    clientCpuPercent: (clientCpu.user + clientCpu.system) / 1e4 / seconds,
    rssStartMb: before.rssMb, rssPeakMb: Math.max(peakRss, after.rssMb),
  };
}

/**
 * What the structure lock's check costs the server per update: the update is decoded anyway (to
 * refuse garbage); the check is the walk over its structs and deletions (`touchedRoots`). Measured
 * here, in-process, on the same 2,000-card document and the same one-field edits.
 */
function lockCheckCost() {
  const server = new Y.Doc();
  const participant = new Y.Doc();
  seedDocument(participant);
  Y.applyUpdate(server, Y.encodeStateAsUpdate(participant));
  const updates: Uint8Array[] = [];
  participant.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < 2400; i++) cards(participant).get(`card-${(i * 7) % CARDS}`)!.set('text', `edit ${i}`);
  const decodeUs: number[] = [];
  const checkUs: number[] = [];
  const inFlight = new InFlight();
  for (const u of updates) {
    const t0 = performance.now();
    const decoded = decodeUpdate(u)!;
    const t1 = performance.now();
    const touched = touchedRoots(server, decoded, inFlight);
    const t2 = performance.now();
    if (!touched.roots.has('cards') || touched.unknown) throw new Error('lock check misread an edit');
    Y.applyUpdate(server, u);
    decodeUs.push((t1 - t0) * 1000);
    checkUs.push((t2 - t1) * 1000);
  }
  return { decodeP50: percentile(decodeUs, 50), checkP50: percentile(checkUs, 50), checkP95: percentile(checkUs, 95) };
}

/** A 5,000-card room written before the restart, so the server loads it from storage. */
async function seedBigRoom(server: ChildServer) {
  const room = await createRoom(server.url);
  const [seeder] = await connectAll(server, room, 1);
  seedDocument(seeder!.doc, BIG_CARDS);
  await seeder!.acknowledged();
  seeder!.close();
  return room;
}

/** A fresh participant opens the stored room: the server loads it, then syncs it all over. */
async function openPhase(server: ChildServer, room: Room) {
  const started = performance.now();
  const reader = connectClient(server.url, room.roomId, room.secrets.editor);
  await reader.ready;
  await until(() => cards(reader.doc).size === BIG_CARDS, 'the whole stored map arrived', 60_000);
  const ms = performance.now() - started;
  reader.close();
  return { ms, bytes: Y.encodeStateAsUpdate(reader.doc).byteLength };
}

/** The workshop on bare Hocuspocus (bare.ts): what this machine allows, whatever the server does. */
async function floorBench() {
  const preload = `--import ${new URL('./loop-delay.mjs', import.meta.url).href}`;
  const server = await spawnServer({ NODE_OPTIONS: preload }, 'server/bench/bare.ts');
  try {
    return await workshopPhase(server, true);
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
  }
}

export async function runSyncBench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'jp-bench-sync-'));
  const preload = `--import ${new URL('./loop-delay.mjs', import.meta.url).href}`;
  const env: Record<string, string> = {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${process.env.BENCH_SERVER_FLAGS ?? ''} ${preload}`.trim(),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : { DATA_DIR: dataDir }),
  };
  let server = await spawnServer(env);
  // BENCH_SERVER_LOG=file: the first server's output (e.g. with BENCH_SERVER_FLAGS=--trace-gc).
  if (process.env.BENCH_SERVER_LOG) server.process.stdout!.pipe(createWriteStream(process.env.BENCH_SERVER_LOG));
  try {
    const latency = await latencyPhase(server);
    const workshop = await workshopPhase(server);
    const bigRoom = await seedBigRoom(server);
    // And the server kept it: restart it, and a newcomer gets the same document.
    server.process.kill('SIGTERM');
    await server.exited;
    server = await spawnServer(env);
    const newcomer = connectClient(server.url, workshop.room.roomId, workshop.room.secrets.viewer);
    await newcomer.ready;
    const storedIdentical = JSON.stringify(cards(newcomer.doc).toJSON()) === workshop.reference;
    newcomer.close();
    const open = await openPhase(server, bigRoom);
    return { latency, workshop: { ...workshop, storedIdentical }, open, lockCheck: lockCheckCost() };
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('server/bench/sync.ts');
if (isMain && process.argv.includes('--floor')) {
  const floor = await floorBench();
  console.log(`\nFloor (bare Hocuspocus, no storage or rules): ${PARTICIPANTS} participants × ${WORKSHOP_SECONDS} s on ${CARDS} cards`);
  console.log(`  p50 ${floor.p50.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms, max ${floor.max.toFixed(0)} ms; deliveries ${floor.deliveries} / ${floor.sent * (PARTICIPANTS - 1)}`);
  console.log(`  event-loop delay p95 (max): server ${floor.serverLoop.p95} (${floor.serverLoop.max}) ms, participants ${floor.clientLoop.p95.toFixed(0)} (${floor.clientLoop.max.toFixed(0)}) ms; load ${floor.load.toFixed(1)}`);
  process.exit(0);
} else if (isMain) {
  const { latency, workshop, open, lockCheck } = await runSyncBench();
  const rows: [string, string, string, boolean][] = [
    ['edit → other client, p50', `${latency.p50.toFixed(1)} ms`, `≤ ${BUDGET.latencyP50} ms`, latency.p50 <= BUDGET.latencyP50],
    ['edit → other client, p95', `${latency.p95.toFixed(1)} ms`, `≤ ${BUDGET.latencyP95} ms`, latency.p95 <= BUDGET.latencyP95],
    [`${PARTICIPANTS} participants × ${WORKSHOP_SECONDS} s, p50`, `${workshop.p50.toFixed(1)} ms`, '', true],
    [`${PARTICIPANTS} participants × ${WORKSHOP_SECONDS} s, p95`, `${workshop.p95.toFixed(1)} ms`, `≤ ${BUDGET.workshopP95} ms`, workshop.p95 <= BUDGET.workshopP95],
    ['  edit → acknowledged (durable), p50 / p95', `${workshop.ackP50.toFixed(0)} / ${workshop.ackP95.toFixed(0)} ms`, '(reported)', true],
    ['  structure-lock check per edit, p50 / p95', `${lockCheck.checkP50.toFixed(1)} / ${lockCheck.checkP95.toFixed(1)} µs`, `(decode ${lockCheck.decodeP50.toFixed(1)} µs)`, true],
    ['  edits sent / deliveries', `${workshop.sent} / ${workshop.deliveries}`, `${workshop.sent * (PARTICIPANTS - 1)}`, workshop.deliveries >= workshop.sent * (PARTICIPANTS - 1)],
    ['  event-loop delay p95 (max): server / participants', `${workshop.serverLoop.p95.toFixed(0)} (${workshop.serverLoop.max.toFixed(0)}) / ${workshop.clientLoop.p95.toFixed(0)} (${workshop.clientLoop.max.toFixed(0)}) ms`, '(reported)', true],
    ['  server GC: longest pause / total', `${workshop.serverLoop.gcMaxMs} / ${workshop.serverLoop.gcTotalMs} ms`, '(reported)', true],
    ['  load average (1 min) at the end', workshop.load.toFixed(1), '(reported)', true],
    ['  server CPU (one core = 100%)', `${workshop.cpuPercent.toFixed(0)} %`, '(reported)', true],
    ['  participants\' process CPU (all 40)', `${workshop.clientCpuPercent.toFixed(0)} %`, '(reported)', true],
    ['  server memory, start → peak', `${workshop.rssStartMb.toFixed(0)} → ${workshop.rssPeakMb.toFixed(0)} MB`, '(reported)', true],
    ['  final documents identical', String(workshop.identical && workshop.lastKept), 'true', workshop.identical && workshop.lastKept],
    ['  stored document identical after restart', String(workshop.storedIdentical), 'true', workshop.storedIdentical],
    [`open a stored ${BIG_CARDS}-card map (${(open.bytes / 1024).toFixed(0)} KB)`, `${open.ms.toFixed(0)} ms`, `≤ ${BUDGET.open5000} ms`, open.ms <= BUDGET.open5000],
  ];
  console.log(`\nSync benchmark${SMOKE ? ' (smoke)' : ''}: ${CARDS} cards\n`);
  for (const [name, value, budget, ok] of rows) console.log(`${ok ? '✓' : '✗'} ${name.padEnd(46)} ${value.padStart(16)}  ${budget}`);
  if (trace) writeFileSync(process.env.BENCH_TRACE!, JSON.stringify(trace));
  const failed = rows.filter((r) => !r[3]).length;
  console.log(failed ? `\n${failed} budget(s) missed` : '\nAll sync budgets met');
  process.exit(failed ? 1 : 0);
}
