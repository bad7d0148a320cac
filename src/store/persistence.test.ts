import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertMap, loadDocument, loadMap } from '../db/repo';
import { JourneyDB } from '../db/schema';
import { directWriter, type Writer } from '../db/writer';
import * as edit from '../domain/edit';
import type { JourneyMap } from '../domain/types';
import { DocumentSession } from '../session/DocumentSession';
import { jsonEqual } from '../sync/equal';
import { arbExtraFields } from '../test/arbitraries';
import { failPuts } from '../test/failPuts';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import * as actions from './actions';
import { currentSession, getDoc, undo } from './docStore';
import { closeSession, COMPACT_AFTER, currentSaver, openSession, retrySave, useSaveStatus } from './persistence';

let db: JourneyDB;
let n = 0;
beforeEach(() => {
  db = new JourneyDB(`persist-${++n}`);
});
afterEach(async () => {
  await closeSession();
  db.close();
  await db.delete();
});

async function open(map: JourneyMap, writer?: Writer): Promise<DocumentSession> {
  const r = await openSession(db, map.id, writer, { tabs: false });
  if (!r.ok) throw new Error(r.error);
  return r.session;
}

/** A writer that holds every write until released: a busy worker. */
function heldWriter(): Writer & { release(): void } {
  const inner = directWriter(db);
  let gate: () => void = () => {};
  let held = new Promise<void>((r) => (gate = r));
  return {
    async append(save) {
      await held;
      return inner.append(save);
    },
    release() {
      gate();
      held = Promise.resolve();
    },
    compact: (mapId) => inner.compact(mapId),
    warm() {},
    close() {},
  };
}

describe('write-behind persistence', () => {
  it('saves every committed edit, batching edits made during a write', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const session = await open(map);
    const customer = laneOf(map, 'customer');
    const [s1] = stepIds(map);
    for (let i = 0; i < 5; i++) actions.addCard(customer, s1!, `card ${i}`);
    actions.setEmotion(s1!, -3);
    await session.saver!.flush();
    const r = await loadMap(db, map.id);
    expect(r.ok && r.map).toEqual(getDoc());
    // 6 edits, fewer transactions: the first write, then the rest together
    expect(await db.updates.count()).toBeLessThan(1 + 6);
    expect(useSaveStatus.getState().state).toBe('saved');
  });

  it('asks the writer to fold the log once a session has saved COMPACT_AFTER times', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const inner = directWriter(db);
    const folds: Promise<void>[] = [];
    const session = await open(map, { ...inner, compact: (id) => (folds.push(inner.compact(id)), folds.at(-1)!) });
    const [s1] = stepIds(map);
    for (let i = 0; i < COMPACT_AFTER; i++) {
      actions.setEmotion(s1!, (i % 5) - 2);
      await session.saver!.flush();
    }
    expect(folds).toHaveLength(1);
    await Promise.all(folds);
    expect(await db.updates.count()).toBe(1);
    expect((await loadMap(db, map.id)).ok && (await loadMap(db, map.id))).toMatchObject({ map: getDoc() });
  });

  it('saves undo too', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const session = await open(map);
    actions.setTitle('changed');
    await session.saver!.flush();
    undo();
    await session.saver!.flush();
    const r = await loadMap(db, map.id);
    expect(r.ok && r.map.title).toBe('Test map');
  });

  it('a last-moment write from this thread and the worker\'s write of the same updates: both land, the map is right once', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const slow = heldWriter();
    const session = await open(map, slow);
    actions.addCard(laneOf(map, 'customer'), stepIds(map)[0]!, 'switched apps right after this');
    session.saver!.flushOnExit(db.backendDB()); // visibilitychange: the tab is hidden, not closed
    slow.release();
    await session.saver!.flush();
    expect(useSaveStatus.getState().state).toBe('saved');
    const r = await loadMap(db, map.id);
    expect(r.ok && r.map.cards.map((c) => c.text)).toEqual(['switched apps right after this']);
  });

  it('a quota error is shown, the work stays, and retry saves it', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const session = await open(map);
    const restore = failPuts('updates', () => new DOMException('full', 'QuotaExceededError'));
    try {
      actions.addCard(laneOf(map, 'customer'), stepIds(map)[0]!, 'precious');
      await session.saver!.flush();
      expect(useSaveStatus.getState().state).toBe('quota');
      expect(session.saver!.isDirty).toBe(true);
      expect(getDoc()!.cards[0]!.text).toBe('precious');
    } finally {
      restore();
    }
    await retrySave();
    expect(useSaveStatus.getState().state).toBe('saved');
    const r = await loadMap(db, map.id);
    expect(r.ok && r.map.cards[0]!.text).toBe('precious');
  });

  it('switching maps quickly never marks a pending edit of map A as saved in map B, nor loses it', async () => {
    const a = makeMap('blueprint', 'A');
    const b = makeMap('journey', 'B');
    await insertMap(db, a);
    await insertMap(db, b);
    const slow = heldWriter();
    const sessionA = await open(a, slow);
    actions.addCard(laneOf(a, 'customer'), stepIds(a)[0]!, 'typed in A');
    expect(useSaveStatus.getState().state).toBe('saving');
    // Switch to B while A's write is held; B opens (closing A waits for A's write)…
    const opening = openSession(db, 'B', directWriter(db), { tabs: false });
    await Promise.resolve();
    slow.release();
    const rb = await opening;
    expect(rb.ok).toBe(true);
    expect(currentSession()!.mapId).toBe('B');
    expect(sessionA.saver!.isDirty).toBe(false);
    expect(useSaveStatus.getState().state).toBe('saved');
    const storedA = await loadMap(db, 'A');
    const storedB = await loadMap(db, 'B');
    expect(storedA.ok && storedA.map.cards.map((c) => c.text)).toEqual(['typed in A']);
    expect(storedB.ok && storedB.map.cards).toEqual([]);
    // …and an edit in B is B's, saved to B.
    actions.addCard(laneOf(b, 'customer'), stepIds(b)[0]!, 'typed in B');
    await currentSaver()!.flush();
    const againA = await loadMap(db, 'A');
    expect(againA.ok && againA.map.cards.map((c) => c.text)).toEqual(['typed in A']);
  });

  it('an open overtaken by another is dropped: the later map is the one shown', async () => {
    await insertMap(db, makeMap('blueprint', 'A'));
    await insertMap(db, makeMap('journey', 'B'));
    const first = openSession(db, 'A', directWriter(db), { tabs: false });
    const second = openSession(db, 'B', directWriter(db), { tabs: false });
    expect(await first).toEqual({ ok: false, error: 'superseded' });
    expect((await second).ok).toBe(true);
    expect(getDoc()!.id).toBe('B');
  });

  it('every field, known or not, through any sequence of edits, is saved and comes back', async () => {
    const extra = arbExtraFields(5);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(extra, extra, fc.array(fc.tuple(fc.nat(4), fc.nat(20)), { maxLength: 12 }), async (rootX, cardX, ops) => {
        const id = `prop-${++run}`;
        let map = makeMap('blueprint', id);
        map = edit.addCard(map, { cardId: `${id}-c`, laneId: laneOf(map, 'customer'), stepId: stepIds(map)[0]!, text: 'x', from: cardX as never });
        map = { ...map, ...rootX, persona: { ...map.persona, ...rootX } } as JourneyMap;
        await insertMap(db, map);
        const session = await open(map);
        ops.forEach(([kind, k], i) => {
          const m = session.map!;
          const steps = stepIds(m);
          if (kind === 0) session.applyEdit(edit.addCard, { cardId: `${id}-${i}`, laneId: laneOf(m, 'frontstage'), stepId: steps[k % steps.length]!, text: `t${k}`, from: cardX as never });
          else if (kind === 1 && m.cards.length) session.applyEdit(edit.updateCard, { cardId: m.cards[k % m.cards.length]!.id, patch: { text: `u${k}`, waitMin: k } });
          else if (kind === 2) session.applyEdit(edit.setEmotion, { stepId: steps[k % steps.length]!, value: (k % 7) - 3 });
          else if (kind === 3) session.applyEdit(edit.moveLane, { laneId: m.lanes[k % m.lanes.length]!.id, toIndex: k % 3 });
          else session.undo();
        });
        await session.saver!.flush();
        const stored = await loadMap(db, id);
        expect(stored.ok && jsonEqual(stored.map, session.map)).toBe(true);
        await closeSession();
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe('two tabs on one map', () => {
  it('both tabs\' edits survive: B commits a card right after A\'s rename arrives (issue 11, defect 3)', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const load = async () => {
      const l = await loadDocument(db, map.id);
      if (!l.ok) throw new Error(l.error);
      return l.doc;
    };
    const tabA = new DocumentSession(map.id, await load(), { writer: directWriter(db), tabs: true });
    const tabB = new DocumentSession(map.id, await load(), { writer: directWriter(db), tabs: true });
    const arrived = new Promise<void>((resolve) => tabB.subscribe((m) => m.title === 'Renamed in A' && resolve()));
    tabA.applyEdit(edit.setTitle, { title: 'Renamed in A' });
    await arrived;
    tabB.applyEdit(edit.addCard, { cardId: 'b1', laneId: laneOf(map, 'customer'), stepId: stepIds(map)[0]!, text: 'Card from B' });
    await tabA.saver!.flush();
    await tabB.saver!.flush();
    for (const m of [tabA.map!, tabB.map!, ((await loadMap(db, map.id)) as { map: JourneyMap }).map]) {
      expect(m.title).toBe('Renamed in A');
      expect(m.cards.map((c) => c.text)).toEqual(['Card from B']);
    }
    await tabA.close();
    await tabB.close();
  });

  it('undo reverts only this tab\'s edits, never another tab\'s', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const load = async () => ((await loadDocument(db, map.id)) as { doc: import('yjs').Doc }).doc;
    const tabA = new DocumentSession(map.id, await load(), { tabs: true });
    const tabB = new DocumentSession(map.id, await load(), { tabs: true });
    const seen = (s: DocumentSession, test: (m: JourneyMap) => boolean) => new Promise<void>((resolve) => (test(s.map!) ? resolve() : s.subscribe((m) => test(m) && resolve())));
    tabA.applyEdit(edit.setTitle, { title: 'A’s title' });
    await seen(tabB, (m) => m.title === 'A’s title');
    tabB.applyEdit(edit.addCard, { cardId: 'b1', laneId: laneOf(map, 'customer'), stepId: stepIds(map)[0]!, text: 'B’s card' });
    await seen(tabA, (m) => m.cards.length === 1);
    tabA.undo();
    await seen(tabB, (m) => m.title === 'Test map');
    expect(tabA.map!.title).toBe('Test map');
    expect(tabA.map!.cards.map((c) => c.text)).toEqual(['B’s card']);
    expect(tabA.undoManager.canUndo()).toBe(false);
    tabB.undo();
    await seen(tabA, (m) => m.cards.length === 0);
    expect(tabB.map!.title).toBe('Test map');
    await tabA.close();
    await tabB.close();
  });
});
