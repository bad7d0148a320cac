import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, STRUCTURE_LOCK_KEY, VOTE_ROUND_KEY, VOTES_MAP, WORKSHOP_MAP } from '../../src/sync/protocol.ts';
import type { RunningServer } from '../src/app.ts';
import { cardText, cards, connectClient, setCard, until, type TestClient } from './helpers/client.ts';
import { createRoom, startTestServer, type Room } from './helpers/server.ts';

/**
 * The workshop map and the structure lock, enforced by the server. The documents here are laid
 * out as the app's (src/sync/collections.ts): each collection a top-level Y.Map of records, each
 * record a Y.Map of fields.
 */
let server: RunningServer;
const clients: TestClient[] = [];
const client = (room: Room, token: string) => {
  const c = connectClient(server.url, room.roomId, token);
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

const workshop = (doc: Y.Doc) => doc.getMap<unknown>(WORKSHOP_MAP);
const steps = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('steps');
const lanes = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('lanes');
const stepTitle = (doc: Y.Doc, id: string) => steps(doc).get(id)?.get('title');
const onServer = (room: Room) => server.sync.documents.get(room.roomId)!;

function setStep(doc: Y.Doc, id: string, title: string) {
  doc.transact(() => {
    let step = steps(doc).get(id);
    if (!step) {
      step = new Y.Map();
      steps(doc).set(id, step);
    }
    step.set('title', title);
  });
}

/**
 * A room with a step and a card, the structure locked by its facilitator, and an editor who has
 * seen the lock. `watcher` is a viewer: what reaches it was relayed.
 */
async function lockedRoom() {
  const room = await createRoom(server.url);
  const facilitator = client(room, room.secrets.facilitator);
  const editor = client(room, room.secrets.editor);
  const watcher = client(room, room.secrets.viewer);
  await Promise.all([facilitator.ready, editor.ready, watcher.ready]);
  setStep(facilitator.doc, 's1', 'Arrive');
  setCard(facilitator.doc, 'c1', { text: 'Queue at the desk' });
  workshop(facilitator.doc).set(STRUCTURE_LOCK_KEY, true);
  await until(() => workshop(editor.doc).get(STRUCTURE_LOCK_KEY) === true && cards(editor.doc).has('c1'), 'editor sees the lock');
  return { room, facilitator, editor, watcher };
}

/**
 * Proves a refused edit was not relayed: a later facilitator edit reaches the watcher, and the
 * server handles one room's messages in order, so anything relayed before it has arrived too.
 */
async function afterMarker(facilitator: TestClient, watcher: TestClient, key: string) {
  setCard(facilitator.doc, key, { text: 'marker' });
  await until(() => cardText(watcher.doc, key) === 'marker', 'the marker reaches the watcher');
}

describe('structure lock (enforced by the server)', () => {
  it('lets an editor edit cards while the structure is locked, including edits that build on each other', async () => {
    const { room, editor, facilitator } = await lockedRoom();
    setCard(editor.doc, 'c1', { text: 'Queue at the desk for 20 minutes' });
    // A new card, then a field of it in a second message: the second builds on the first.
    setCard(editor.doc, 'c2', { text: 'new' });
    setCard(editor.doc, 'c2', { laneId: 'pain' });
    await until(() => cards(facilitator.doc).get('c2')?.get('laneId') === 'pain', 'the facilitator sees the editor');
    expect(cardText(facilitator.doc, 'c1')).toBe('Queue at the desk for 20 minutes');
    await editor.acknowledged();
    expect(editor.refusals).toEqual([]);
    expect(onServer(room).getMap<Y.Map<unknown>>('cards').get('c2')?.get('laneId')).toBe('pain');
  });

  it("refuses an editor's step rename while locked: not applied, not relayed, and the editor is told why", async () => {
    const { room, editor, facilitator, watcher } = await lockedRoom();
    setStep(editor.doc, 's1', 'Renamed by the editor');
    await until(() => editor.refusals.includes(CLOSE.structureLocked.reason), 'editor told structure-locked');
    await afterMarker(facilitator, watcher, 'm1');
    expect(stepTitle(onServer(room), 's1')).toBe('Arrive');
    expect(stepTitle(watcher.doc, 's1')).toBe('Arrive');
    expect(stepTitle(facilitator.doc, 's1')).toBe('Arrive');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await server.storage.documents.fetch(room.roomId))!);
    expect(stepTitle(stored, 's1')).toBe('Arrive');
  });

  it('refuses a new lane and a deleted step from an editor while locked', async () => {
    const { room, editor, facilitator, watcher } = await lockedRoom();
    lanes(editor.doc).set('l9', new Y.Map([['title', 'Backstage']]));
    await until(() => editor.refusals.includes(CLOSE.structureLocked.reason), 'new lane refused');
    const other = client(room, room.secrets.editor);
    await other.ready;
    steps(other.doc).delete('s1');
    await until(() => other.refusals.includes(CLOSE.structureLocked.reason), 'deleted step refused');
    await afterMarker(facilitator, watcher, 'm2');
    expect(lanes(onServer(room)).has('l9')).toBe(false);
    expect(stepTitle(onServer(room), 's1')).toBe('Arrive');
    expect(stepTitle(watcher.doc, 's1')).toBe('Arrive');
  });

  it("passes the facilitator's rename while locked, and an editor's once unlocked", async () => {
    const { room, facilitator, watcher } = await lockedRoom();
    setStep(facilitator.doc, 's1', 'Arrive at the branch');
    await until(() => stepTitle(watcher.doc, 's1') === 'Arrive at the branch', 'the rename is relayed');
    expect(facilitator.refusals).toEqual([]);

    workshop(facilitator.doc).set(STRUCTURE_LOCK_KEY, false);
    const editor = client(room, room.secrets.editor);
    await editor.ready;
    await until(() => workshop(editor.doc).get(STRUCTURE_LOCK_KEY) === false, 'editor sees the unlock');
    setStep(editor.doc, 's1', 'Walk in');
    await until(() => stepTitle(watcher.doc, 's1') === 'Walk in', "the editor's rename is relayed");
    expect(editor.refusals).toEqual([]);
  });
});

describe('the workshop map', () => {
  it('can never be changed by an editor, locked or not', async () => {
    const room = await createRoom(server.url);
    const facilitator = client(room, room.secrets.facilitator);
    const watcher = client(room, room.secrets.viewer);
    const editor = client(room, room.secrets.editor);
    await Promise.all([facilitator.ready, watcher.ready, editor.ready]);
    workshop(editor.doc).set(STRUCTURE_LOCK_KEY, true);
    await until(() => editor.refusals.includes(CLOSE.facilitatorOnly.reason), 'editor told facilitator-only');

    // Nor by overwriting or deleting what the facilitator set.
    workshop(facilitator.doc).set('timer', { endsAt: 1 });
    const second = client(room, room.secrets.editor);
    await second.ready;
    await until(() => workshop(second.doc).has('timer'), 'the second editor sees the timer');
    workshop(second.doc).delete('timer');
    await until(() => second.refusals.includes(CLOSE.facilitatorOnly.reason), 'deleting refused');

    await afterMarker(facilitator, watcher, 'm3');
    expect(workshop(onServer(room)).get(STRUCTURE_LOCK_KEY)).toBeUndefined();
    expect(workshop(onServer(room)).get('timer')).toEqual({ endsAt: 1 });
    expect(workshop(watcher.doc).toJSON()).toEqual({ timer: { endsAt: 1 } });
  });
});

describe('viewers and dot votes', () => {
  const votes = (doc: Y.Doc) => doc.getMap<unknown>(VOTES_MAP);
  const round = (viewers: boolean, status = 'open') => ({ id: 'r1', status, viewers, dotsPerPerson: 3, multiple: false, cards: ['c1'], deadline: null });

  // Each attempt from a fresh viewer: a refused update leaves a gap in that client's history, so
  // the server can apply nothing of it after (the app never sends what the vote does not allow).
  it("applies a viewer's dots only while an open vote lets viewers vote, and nothing else of theirs ever", async () => {
    const room = await createRoom(server.url);
    const facilitator = client(room, room.secrets.facilitator);
    await facilitator.ready;
    setCard(facilitator.doc, 'c1', { text: 'Queue at the desk' });
    const viewer = async (what: string) => {
      const v = client(room, room.secrets.viewer);
      await v.ready;
      await until(() => workshop(v.doc).has(VOTE_ROUND_KEY) && cards(v.doc).has('c1'), `${what}: the viewer sees the vote`);
      return v;
    };

    // A vote that does not let viewers vote: the dot stays on the viewer's screen only.
    workshop(facilitator.doc).set(VOTE_ROUND_KEY, round(false));
    const first = await viewer('not allowed');
    votes(first.doc).set('d1', { voter: 'v1', card: 'c1', round: 'r1', at: 1 });
    await afterMarker(facilitator, first, 'm1');
    expect(votes(onServer(room)).has('d1')).toBe(false);

    // Viewers may vote: the dot is applied and relayed; a card edit from the same viewer is not.
    workshop(facilitator.doc).set(VOTE_ROUND_KEY, round(true));
    const second = await viewer('allowed');
    await until(() => (workshop(second.doc).get(VOTE_ROUND_KEY) as { viewers?: boolean }).viewers === true, 'the viewer may vote');
    votes(second.doc).set('d2', { voter: 'v2', card: 'c1', round: 'r1', at: 2 });
    await until(() => votes(facilitator.doc).has('d2'), "the facilitator sees the viewer's dot");
    setCard(second.doc, 'c1', { text: 'changed by a viewer' });
    await afterMarker(facilitator, second, 'm2');
    expect(cardText(onServer(room), 'c1')).toBe('Queue at the desk');

    // A closed vote takes no more dots.
    workshop(facilitator.doc).set(VOTE_ROUND_KEY, round(true, 'closed'));
    const third = await viewer('closed');
    await until(() => (workshop(third.doc).get(VOTE_ROUND_KEY) as { status?: string }).status === 'closed', 'the viewer sees it closed');
    votes(third.doc).set('d3', { voter: 'v3', card: 'c1', round: 'r1', at: 3 });
    await afterMarker(facilitator, third, 'm3');
    expect(votes(onServer(room)).has('d3')).toBe(false);
    expect(votes(onServer(room)).has('d2')).toBe(true);
  });
});
