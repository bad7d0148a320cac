import { afterEach, beforeEach, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { canonical } from '../domain/query';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import type { JourneyMap } from '../domain/types';
import { insertMap, loadMap } from './repo';
import { JourneyDB } from './schema';
import { editOf } from './testing';
import { writeUpdate } from './write';

/** Issue 16's fields survive a save and a reload, including edits that touch only them. */
let db: JourneyDB;
let n = 0;
beforeEach(() => {
  db = new JourneyDB(`practice-${++n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Saves one edit the way a tab does: its Yjs update appended to the map's log. */
async function save(map: JourneyMap, fn: (m: JourneyMap) => JourneyMap): Promise<void> {
  if (!db.isOpen()) await db.open();
  await writeUpdate(db.backendDB(), await editOf(db, map.id, fn));
}

it('backlog, own channels, wait thresholds, MOT/surprise marks, recovery links and staff fields are saved and restored', async () => {
  const base = makeMap('blueprint');
  await insertMap(db, base);
  const [s1, s2] = stepIds(base);
  let m = edit.addCard(base, { cardId: 'fail', laneId: laneOf(base, 'frontstage'), stepId: s1!, text: '片区分错' });
  m = edit.addCard(m, { cardId: 'fix', laneId: laneOf(base, 'frontstage'), stepId: s2!, text: '内部改派并致歉' });
  m = edit.updateCard(m, { cardId: 'fail', patch: { failPoint: true, recoveryCardId: 'fix' } });
  m = edit.addLane(m, { laneId: 'staff', type: 'staff', title: '员工体验' });
  m = edit.addCard(m, { cardId: 'st', laneId: 'staff', stepId: s1!, text: '重新派单' });
  m = edit.updateCard(m, { cardId: 'st', patch: { staffPain: '系统不同步', staffEmotion: -2 } });
  const all = m;
  await save(base, () => all);
  // Edits that change only the new map-level fields must still reach the database.
  const steps: (m: JourneyMap) => JourneyMap = (x) => edit.setStepFlag(x, { stepId: s2!, flag: 'surprise', on: true });
  m = steps(m);
  await save(base, steps);
  const item = { id: 'b1', title: '首问负责', stepId: s1!, source: { kind: 'card' as const, cardId: 'fix' }, department: '客服部', owner: '王', due: '2026-12-01', status: 'agreed' as const, impact: 5, effort: 2 };
  m = edit.addBacklogItem(m, { item });
  await save(base, (x) => edit.addBacklogItem(x, { item }));
  expect((await loadMap(db, m.id)).ok && (await loadMap(db, m.id))).toMatchObject({ map: { backlog: m.backlog } });
  m = edit.addCustomChannel(m, { name: '门店自提柜' });
  await save(base, (x) => edit.addCustomChannel(x, { name: '门店自提柜' }));
  expect(await loadMap(db, m.id)).toMatchObject({ map: { customChannels: ['门店自提柜'] } });
  m = edit.setWaitThreshold(m, { channel: 'phone', minutes: 2 });
  await save(base, (x) => edit.setWaitThreshold(x, { channel: 'phone', minutes: 2 }));

  const r = await loadMap(db, m.id);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.map).toEqual(canonical(m));
  expect(r.map.backlog![0]!.title).toBe('首问负责');
  expect(r.map.waitThresholds).toEqual({ phone: 2 });
  expect(r.map.customChannels).toEqual(['门店自提柜']);
  expect(r.map.cards.find((c) => c.id === 'fail')!.recoveryCardId).toBe('fix');
});
