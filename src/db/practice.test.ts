import { afterEach, beforeEach, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import { canonical } from '../domain/query';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import { insertMap, loadMap, saveChanges } from './repo';
import { JourneyDB } from './schema';

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
  let rev = await saveChanges(db, base, m, 1);
  // Edits that change only the new map-level fields must still reach the database.
  const steps = m;
  m = edit.setStepFlag(m, { stepId: s2!, flag: 'surprise', on: true });
  rev = await saveChanges(db, steps, m, rev);
  let prev = m;
  m = edit.addBacklogItem(m, {
    item: { id: 'b1', title: '首问负责', stepId: s1!, source: { kind: 'card', cardId: 'fix' }, department: '客服部', owner: '王', due: '2026-12-01', status: 'agreed', impact: 5, effort: 2 },
  });
  rev = await saveChanges(db, prev, m, rev);
  expect((await loadMap(db, m.id)).ok && (await loadMap(db, m.id))).toMatchObject({ map: { backlog: m.backlog } });
  prev = m;
  m = edit.addCustomChannel(m, { name: '门店自提柜' });
  rev = await saveChanges(db, prev, m, rev);
  expect(await loadMap(db, m.id)).toMatchObject({ map: { customChannels: ['门店自提柜'] } });
  prev = m;
  m = edit.setWaitThreshold(m, { channel: 'phone', minutes: 2 });
  await saveChanges(db, prev, m, rev);

  const r = await loadMap(db, m.id);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.map).toEqual(canonical(m));
  expect(r.map.backlog![0]!.title).toBe('首问负责');
  expect(r.map.waitThresholds).toEqual({ phone: 2 });
  expect(r.map.customChannels).toEqual(['门店自提柜']);
  expect(r.map.cards.find((c) => c.id === 'fail')!.recoveryCardId).toBe('fix');
});
