import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertMap, loadMap, saveChanges } from '../db/repo';
import type { JourneyMap } from '../domain/types';
import { JourneyDB } from '../db/schema';
import * as edit from '../domain/edit';
import { canonical } from '../domain/query';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import * as actions from './actions';
import { getDoc, undo } from './docStore';
import { closeSession, currentSaver, openSession, retrySave, useSaveStatus } from './persistence';
import { failPuts } from '../test/failPuts';

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

describe('write-behind persistence', () => {
  it('saves every committed edit, batching edits made during a write', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const saver = await openSession(db, map, 1);
    const customer = laneOf(map, 'customer');
    const [s1] = stepIds(map);
    for (let i = 0; i < 5; i++) actions.addCard(customer, s1!, `card ${i}`);
    actions.setEmotion(s1!, -3);
    await saver.flush();
    const r = await loadMap(db, map.id);
    expect(r.ok && r.map).toEqual(canonical(getDoc()!));
    // 6 edits, fewer transactions: the first write, then the rest together
    expect(r.ok && r.revision).toBeLessThan(1 + 6);
    expect(useSaveStatus.getState().state).toBe('saved');
  });

  it('saves undo too', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const saver = await openSession(db, map, 1);
    actions.setTitle('changed');
    await saver.flush();
    undo();
    await saver.flush();
    const r = await loadMap(db, map.id);
    expect(r.ok && r.map.title).toBe('Test map');
  });

  it('stops writing on a conflict and keeps the work in memory', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const saver = await openSession(db, map, 1);
    await saveChanges(db, map, edit.setTitle(map, { title: 'other tab' }), 1); // another tab wins
    actions.setTitle('this tab');
    await saver.flush();
    expect(useSaveStatus.getState().state).toBe('conflict');
    expect(getDoc()!.title).toBe('this tab');
    actions.setTitle('this tab again');
    await currentSaver()!.flush();
    const r = await loadMap(db, map.id);
    expect(r.ok && r.map.title).toBe('other tab');
  });

  it('a last-moment write from this thread and the worker\'s write of the same batch: one wins, no false conflict', async () => {
    const map = makeMap();
    await insertMap(db, map);
    // A writer as slow as a worker that is busy: its write lands after the fallback's.
    const slow = { save: async (prev: JourneyMap | null, next: JourneyMap, base: number) => {
      await new Promise((r) => setTimeout(r, 30));
      return { revision: await saveChanges(db, prev, next, base), completedAt: Date.now() };
    }, warm() {}, close() {} };
    const saver = await openSession(db, map, 1, slow);
    actions.setTitle('switched apps right after this');
    saver.flushOnExit(db); // visibilitychange: the tab is hidden, not closed
    await saver.flush();
    expect(useSaveStatus.getState().state).toBe('saved');
    expect(saver.currentRevision).toBe(2);
    actions.setTitle('and kept editing');
    await saver.flush();
    const r = await loadMap(db, map.id);
    expect(r.ok && r.map.title).toBe('and kept editing');
    expect(r.ok && r.revision).toBe(3);
  });

  it('a quota error is shown, the work stays, and retry saves it', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const saver = await openSession(db, map, 1);
    const restore = failPuts('cards', () => new DOMException('full', 'QuotaExceededError'));
    actions.addCard(laneOf(map, 'customer'), stepIds(map)[0]!, 'precious');
    await saver.flush();
    expect(useSaveStatus.getState().state).toBe('quota');
    expect(getDoc()!.cards[0]!.text).toBe('precious');
    restore();
    await retrySave();
    expect(useSaveStatus.getState().state).toBe('saved');
    const r = await loadMap(db, map.id);
    expect(r.ok && r.map.cards[0]!.text).toBe('precious');
  });
});
