import { describe, expect, it } from 'vitest';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import * as edit from './edit';
import { exportBacklogCsv } from './formats/backlogCsv';
import { exportCsv, importCsv } from './formats/csv';
import { exportJson, importJson } from './formats/json';
import { stepMarksSvg } from './formats/svgMarks';
import { backlogByStep, channelCoverage, quadrant } from './insights';
import { CUSTOMER_FACING_LANES, LANE_TYPES, LANES } from './lanes';
import { layoutMap } from './layout';
import { restoreMap } from './migrate';
import type { BacklogItem, JourneyMap } from './types';

/** Issue 16 §2 and §3: the improvement backlog, own channels, staff lane, and the registry. */

const item = (id: string, over: Partial<BacklogItem> = {}): BacklogItem => ({
  id,
  title: `Item ${id}`,
  stepId: null,
  source: { kind: 'manual' },
  department: '',
  owner: '',
  due: '',
  status: 'proposed',
  impact: 3,
  effort: 3,
  ...over,
});

function planned(): JourneyMap {
  let m = makeMap('journey');
  const [s1, s2] = stepIds(m);
  m = edit.addCard(m, { cardId: 'opp', laneId: laneOf(m, 'opportunity'), stepId: s1!, text: '=主动回电 +1' });
  m = edit.addBacklogItem(m, { item: item('b1', { title: '=SUM(A1) 主动回电', stepId: s1!, source: { kind: 'card', cardId: 'opp' }, department: '客服部', owner: '李经理', due: '2026-12-31', impact: 5, effort: 2 }) });
  m = edit.addBacklogItem(m, { item: item('b2', { title: '@重做菜单, "二级"', stepId: s2!, status: 'done' }) });
  m = edit.setStepFlag(m, { stepId: s1!, flag: 'keyMoment', on: true });
  m = edit.addCustomChannel(m, { name: '门店自提柜' });
  m = edit.setWaitThreshold(m, { channel: 'phone', minutes: 5 });
  m = edit.addLane(m, { laneId: 'staff', type: 'staff', title: '员工体验' });
  m = edit.addCard(m, { cardId: 'st', laneId: 'staff', stepId: s1!, text: '手工录入' });
  return edit.updateCard(m, { cardId: 'st', patch: { staffPain: '两套系统', staffEmotion: -2 } });
}

describe('improvement backlog', () => {
  it('edits clamp scores, check dates and steps, and leave no-ops as the same map', () => {
    let m = planned();
    m = edit.updateBacklogItem(m, { id: 'b1', patch: { impact: 9, effort: 0, due: 'next week', stepId: 'nope', status: 'agreed' } });
    expect(m.backlog![0]).toMatchObject({ impact: 5, effort: 1, due: '', stepId: null, status: 'agreed' });
    expect(edit.updateBacklogItem(m, { id: 'b1', patch: { status: 'agreed' } })).toBe(m);
    expect(edit.updateBacklogItem(m, { id: 'b1', patch: { title: '  ' } })).toBe(m);
    expect(edit.addBacklogItem(m, { item: item('b1') })).toBe(m);
    expect(edit.addBacklogItem(m, { item: item('b3', { title: ' ' }) })).toBe(m);
    expect(edit.deleteBacklogItem(m, { id: 'b2' }).backlog!.map((i) => i.id)).toEqual(['b1']);
  });

  it('counts open items per step for the board, and sorts items into impact × effort quadrants', () => {
    const m = planned();
    expect(backlogByStep(m)).toEqual({ [stepIds(m)[0]!]: 1 });
    expect([quadrant({ impact: 5, effort: 1 }), quadrant({ impact: 4, effort: 5 }), quadrant({ impact: 1, effort: 1 }), quadrant({ impact: 2, effort: 4 })]).toEqual([
      'quickWin',
      'majorProject',
      'fillIn',
      'thankless',
    ]);
  });

  it('exports CSV with a BOM, CRLF rows, and formula-looking cells defused', () => {
    const csv = exportBacklogCsv(planned());
    expect(csv.startsWith('\ufefftitle,stage,step,department,owner,due,status,impact,effort,source\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe("'=SUM(A1) 主动回电,Stage 1,Step 1,客服部,李经理,2026-12-31,proposed,5,2,card:opp");
    expect(lines[2]).toBe(`"'@重做菜单, ""二级""",Stage 1,Step 2,,,,done,3,3,manual`);
  });

  it('travels in JSON: export and import give back the backlog, marks, own channels, thresholds and staff fields', () => {
    const m = planned();
    const back = importJson(exportJson(m));
    expect(back.backlog).toEqual(m.backlog);
    expect(back.customChannels).toEqual(['门店自提柜']);
    expect(back.waitThresholds).toEqual({ phone: 5 });
    expect(back.stages[0]!.steps[0]!.keyMoment).toBe(true);
    expect(back.cards.find((c) => c.id === 'st')).toMatchObject({ staffPain: '两套系统', staffEmotion: -2 });
  });

  it('older documents without any of it still load; bad values degrade, dangling links are dropped', () => {
    const old = JSON.parse(exportJson(makeMap('journey'))) as Record<string, unknown>;
    const r = restoreMap(old);
    expect(r.ok && r.map.backlog).toBeUndefined();
    const m = planned();
    const broken = {
      ...m,
      backlog: [{ ...m.backlog![0]!, impact: 7, status: 'someday', stepId: 'gone', due: '31/12' }],
      cards: m.cards.map((c) => (c.id === 'st' ? { ...c, recoveryCardId: 'missing' } : c)),
    };
    const b = restoreMap(broken);
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    expect(b.map.backlog![0]).toMatchObject({ impact: 3, status: 'proposed', stepId: null, due: '' });
    expect(b.map.cards.find((c) => c.id === 'st')!.recoveryCardId).toBeNull();
    expect(restoreMap({ ...m, backlog: [item('x'), item('x')] }).ok).toBe(false);
  });
});

describe('channels for Chinese practice', () => {
  it('own channels are offered by the map and counted in coverage after the built-in ones', () => {
    let m = planned();
    const tp = laneOf(m, 'touchpoint');
    const [s1, s2] = stepIds(m);
    m = edit.addCard(m, { cardId: 't1', laneId: tp, stepId: s1!, text: '扫码' });
    m = edit.updateCard(m, { cardId: 't1', patch: { channel: '门店自提柜' } });
    m = edit.addCard(m, { cardId: 't2', laneId: tp, stepId: s2!, text: '小程序下单' });
    m = edit.updateCard(m, { cardId: 't2', patch: { channel: 'miniProgram' } });
    expect(channelCoverage(m).channels).toEqual(['miniProgram', '门店自提柜']);
    expect(edit.addCustomChannel(m, { name: 'phone' })).toBe(m);
    expect(edit.addCustomChannel(m, { name: '门店自提柜' })).toBe(m);
    expect(edit.removeCustomChannel(m, { name: '门店自提柜' }).customChannels).toEqual([]);
  });
});

describe('the lane registry drives the lane order of CSV import, the customer-facing list and the SVG marks', () => {
  it('every lane type has a distinct rank, and the staff lane has the staff fields', () => {
    const ranks = LANE_TYPES.map((t) => LANES[t].rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(LANES.staff.fields).toEqual(['staffPain', 'staffEmotion', 'image']);
    expect([...CUSTOMER_FACING_LANES].sort()).toEqual(['customer', 'evidence', 'frontstage', 'touchpoint']);
  });

  it('CSV import orders lanes by rank, with the staff lane after support', () => {
    let m = makeMap('blueprint');
    m = edit.addLane(m, { laneId: 'staff', type: 'staff', title: '员工体验', index: 0 });
    m = edit.addCard(m, { cardId: 'x', laneId: 'staff', stepId: stepIds(m)[0]!, text: '录入' });
    m = edit.addCard(m, { cardId: 'y', laneId: laneOf(m, 'support'), stepId: stepIds(m)[0]!, text: '系统' });
    m = edit.addCard(m, { cardId: 'z', laneId: laneOf(m, 'customer'), stepId: stepIds(m)[0]!, text: '来电' });
    let n = 0;
    const back = importCsv(exportCsv(m), { id: 'c', ids: () => `c${++n}`, title: 'C', now: 0, labels: { emotions: 'E' } });
    expect(back.lanes.map((l) => l.type)).toEqual(['customer', 'support', 'staff']);
  });

  it('the SVG exporter draws moment-of-truth and surprise chips on the step headers', () => {
    let m = planned();
    m = edit.setStepFlag(m, { stepId: stepIds(m)[1]!, flag: 'surprise', on: true });
    const svg = stepMarksSvg(m, layoutMap(m, (s) => s.length * 8), { keyMoment: '关键时刻', surprise: '惊喜' }, (s) => s.length * 8);
    expect(svg.match(/data-mark="mot"/g)).toHaveLength(1);
    expect(svg).toContain('★ 惊喜');
    expect(stepMarksSvg(makeMap(), layoutMap(makeMap(), (s) => s.length * 8), {}, (s) => s.length * 8)).toBe('');
  });
});

describe('staff fields in CSV', () => {
  it('the staff lane’s pain point and emotion travel in their own columns', () => {
    let m = makeMap('blueprint');
    m = edit.addLane(m, { laneId: 'staff', type: 'staff', title: '员工体验' });
    m = edit.addCard(m, { cardId: 'x', laneId: 'staff', stepId: stepIds(m)[0]!, text: '重新派单' });
    m = edit.updateCard(m, { cardId: 'x', patch: { staffPain: '系统不同步', staffEmotion: -2 } });
    let n = 0;
    const back = importCsv(exportCsv(m), { id: 'c', ids: () => `c${++n}`, title: 'C', now: 0, labels: { emotions: 'E' } });
    expect(back.cards[0]).toMatchObject({ text: '重新派单', staffPain: '系统不同步', staffEmotion: -2 });
  });
});

describe('duplicating a map', () => {
  it('remaps recovery links and backlog steps and cards to the copy’s fresh ids', async () => {
    const { cloneMap } = await import('./create');
    let m = planned();
    const [s1] = stepIds(m);
    m = edit.addCard(m, { cardId: 'f', laneId: laneOf(m, 'customer'), stepId: s1!, text: '派错' });
    m = edit.updateCard(m, { cardId: 'f', patch: { failPoint: true, recoveryCardId: 'opp' } });
    let n = 0;
    const copy = cloneMap(m, { id: 'copy', title: 'Copy', ids: () => `k${++n}`, now: 2 });
    const oppCopy = copy.cards.find((c) => c.text === m.cards.find((x) => x.id === 'opp')!.text)!;
    expect(copy.cards.find((c) => c.text === '派错')!.recoveryCardId).toBe(oppCopy.id);
    expect(copy.backlog![0]!.source).toEqual({ kind: 'card', cardId: oppCopy.id });
    expect(copy.backlog![0]!.stepId).toBe(copy.stages[0]!.steps[0]!.id);
    expect(copy.backlog!.map((i) => i.id)).not.toContain('b1');
    expect(restoreMap(copy).ok).toBe(true);
  });
});
