import { describe, expect, it } from 'vitest';
import { laneOf, makeMap, stepIds } from '../../test/fixtures';
import { cellCards } from '../query';
import * as edit from './index';

describe('createMap', () => {
  it('gives a blueprint one stage of three steps and the five blueprint lanes', () => {
    const map = makeMap('blueprint');
    expect(map.stages).toHaveLength(1);
    expect(map.stages[0]!.steps).toHaveLength(3);
    expect(map.lanes.map((l) => l.type)).toEqual(['evidence', 'customer', 'frontstage', 'backstage', 'support']);
    expect(map.toleranceFloor).toBe(-2);
  });
  it('gives a journey map its six lanes', () => {
    expect(makeMap('journey').lanes.map((l) => l.type)).toEqual(['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity']);
  });
});

describe('cards', () => {
  const map = makeMap();
  const customer = laneOf(map, 'customer');
  const [s1, s2] = stepIds(map);

  it('adds cards in order and refuses blank text, unknown cells and the emotion lane', () => {
    let m = edit.addCard(map, { cardId: 'a', laneId: customer, stepId: s1!, text: 'first' });
    m = edit.addCard(m, { cardId: 'b', laneId: customer, stepId: s1!, text: 'second  \n' });
    expect(cellCards(m, customer, s1!).map((c) => c.text)).toEqual(['first', 'second']);
    expect(edit.addCard(m, { cardId: 'c', laneId: customer, stepId: s1!, text: '   ' })).toBe(m);
    expect(edit.addCard(m, { cardId: 'c', laneId: 'nope', stepId: s1!, text: 'x' })).toBe(m);
    expect(edit.addCard(m, { cardId: 'a', laneId: customer, stepId: s1!, text: 'dup id' })).toBe(m);
    const journey = makeMap('journey');
    expect(edit.addCard(journey, { cardId: 'e', laneId: laneOf(journey, 'emotion'), stepId: stepIds(journey)[0]!, text: 'x' })).toBe(journey);
  });

  it('inserts at an index and moves between cells, renumbering both', () => {
    let m = edit.addCard(map, { cardId: 'a', laneId: customer, stepId: s1!, text: 'a' });
    m = edit.addCard(m, { cardId: 'b', laneId: customer, stepId: s1!, text: 'b' });
    m = edit.addCard(m, { cardId: 'c', laneId: customer, stepId: s1!, text: 'c', index: 0 });
    expect(cellCards(m, customer, s1!).map((c) => c.id)).toEqual(['c', 'a', 'b']);
    m = edit.moveCard(m, { cardId: 'a', laneId: customer, stepId: s2! });
    expect(cellCards(m, customer, s1!).map((c) => c.id)).toEqual(['c', 'b']);
    expect(cellCards(m, customer, s2!).map((c) => c.id)).toEqual(['a']);
    m = edit.moveCard(m, { cardId: 'b', laneId: customer, stepId: s1!, index: 0 });
    expect(cellCards(m, customer, s1!).map((c) => c.id)).toEqual(['b', 'c']);
    expect(edit.moveCard(m, { cardId: 'b', laneId: customer, stepId: s1! })).toBe(m);
  });

  it('updates fields, keeps untouched cards identical, and treats an unchanged patch as a no-op', () => {
    let m = edit.addCard(map, { cardId: 'a', laneId: customer, stepId: s1!, text: 'a' });
    m = edit.addCard(m, { cardId: 'b', laneId: customer, stepId: s2!, text: 'b' });
    const next = edit.updateCard(m, { cardId: 'a', patch: { failPoint: true, waitMin: 15 } });
    expect(next.cards.find((c) => c.id === 'a')).toMatchObject({ failPoint: true, waitMin: 15 });
    expect(next.cards.find((c) => c.id === 'b')).toBe(m.cards.find((c) => c.id === 'b'));
    expect(edit.updateCard(next, { cardId: 'a', patch: { failPoint: true } })).toBe(next);
    expect(edit.updateCard(next, { cardId: 'a', patch: { waitMin: -4 } }).cards[0]!.waitMin).toBeNull();
  });

  it('deleting a card removes its connections; duplicating copies fields next to it', () => {
    let m = edit.addCard(map, { cardId: 'a', laneId: customer, stepId: s1!, text: 'a' });
    m = edit.addCard(m, { cardId: 'b', laneId: customer, stepId: s1!, text: 'b' });
    m = edit.updateCard(m, { cardId: 'a', patch: { color: 'pink', failPoint: true } });
    m = edit.addConnection(m, { id: 'k', from: 'a', to: 'b' });
    const dup = edit.duplicateCard(m, { cardId: 'a', newId: 'a2' });
    expect(cellCards(dup, customer, s1!).map((c) => c.id)).toEqual(['a', 'a2', 'b']);
    expect(dup.cards.find((c) => c.id === 'a2')).toMatchObject({ text: 'a', color: 'pink', failPoint: true });
    const del = edit.deleteCard(m, { cardId: 'b' });
    expect(del.connections).toHaveLength(0);
  });
});

describe('connections', () => {
  const base = makeMap();
  const customer = laneOf(base, 'customer');
  const [s1] = stepIds(base);
  let m = edit.addCard(base, { cardId: 'a', laneId: customer, stepId: s1!, text: 'a' });
  m = edit.addCard(m, { cardId: 'b', laneId: customer, stepId: s1!, text: 'b' });

  it('refuses self, unknown and duplicate connections (either direction)', () => {
    const one = edit.addConnection(m, { id: 'k1', from: 'a', to: 'b', label: ' hand-off ' });
    expect(one.connections).toEqual([{ id: 'k1', from: 'a', to: 'b', twoWay: false, label: 'hand-off' }]);
    expect(edit.addConnection(one, { id: 'k2', from: 'b', to: 'a' })).toBe(one);
    expect(edit.addConnection(one, { id: 'k3', from: 'a', to: 'a' })).toBe(one);
    expect(edit.addConnection(one, { id: 'k4', from: 'a', to: 'zzz' })).toBe(one);
  });

  it('updates, reverses and deletes', () => {
    let k = edit.addConnection(m, { id: 'k1', from: 'a', to: 'b' });
    k = edit.updateConnection(k, { id: 'k1', patch: { twoWay: true, label: '依赖' } });
    expect(k.connections[0]).toMatchObject({ twoWay: true, label: '依赖' });
    k = edit.reverseConnection(k, { id: 'k1' });
    expect(k.connections[0]).toMatchObject({ from: 'b', to: 'a' });
    expect(edit.deleteConnection(k, { id: 'k1' }).connections).toHaveLength(0);
  });
});

describe('stages, steps and lanes', () => {
  const map = makeMap();
  const [s1, s2, s3] = stepIds(map);
  const stage1 = map.stages[0]!.id;

  it('adds a stage with one step and moves it', () => {
    let m = edit.addStage(map, { stageId: 'st2', title: '售后', stepId: 'x1', stepTitle: '评价' });
    expect(m.stages.map((s) => s.title)).toEqual(['Stage 1', '售后']);
    m = edit.moveStage(m, { stageId: 'st2', toIndex: 0 });
    expect(m.stages.map((s) => s.id)).toEqual(['st2', stage1]);
    expect(edit.moveStage(m, { stageId: 'st2', toIndex: 0 })).toBe(m);
  });

  it('moves steps within and across stages, but never empties a stage', () => {
    let m = edit.moveStep(map, { stepId: s3!, toStageId: stage1, toIndex: 0 });
    expect(stepIds(m)).toEqual([s3, s1, s2]);
    m = edit.addStage(m, { stageId: 'st2', title: 'B', stepId: 'x1', stepTitle: 'X' });
    m = edit.moveStep(m, { stepId: s1!, toStageId: 'st2', toIndex: 0 });
    expect(m.stages[1]!.steps.map((s) => s.id)).toEqual([s1, 'x1']);
    const single = edit.deleteStep(m, { stepId: 'x1' });
    expect(edit.moveStep(single, { stepId: s1!, toStageId: stage1, toIndex: 0 })).toBe(single);
  });

  it('deleting a step removes its cards, their connections and its manual marks', () => {
    const customer = laneOf(map, 'customer');
    let m = edit.addCard(map, { cardId: 'a', laneId: customer, stepId: s1!, text: 'a' });
    m = edit.addCard(m, { cardId: 'b', laneId: customer, stepId: s2!, text: 'b' });
    m = edit.addConnection(m, { id: 'k', from: 'a', to: 'b' });
    m = edit.setMark(m, { kind: 'peak', stepId: s1! });
    m = edit.deleteStep(m, { stepId: s1! });
    expect(m.cards.map((c) => c.id)).toEqual(['b']);
    expect(m.connections).toHaveLength(0);
    expect(m.marks.peak).toBeNull();
  });

  it('keeps at least one stage, one step per stage and one lane', () => {
    const oneStage = edit.deleteStage(map, { stageId: stage1 });
    expect(oneStage).toBe(map);
    let m = edit.deleteStep(map, { stepId: s1! });
    m = edit.deleteStep(m, { stepId: s2! });
    expect(edit.deleteStep(m, { stepId: s3! })).toBe(m);
    let lanes = map;
    for (const l of map.lanes) lanes = edit.deleteLane(lanes, { laneId: l.id });
    expect(lanes.lanes).toHaveLength(1);
  });

  it('sets emotion rounded and clamped to −3…+3, null clears it', () => {
    let m = edit.setEmotion(map, { stepId: s1!, value: 7 });
    expect(m.stages[0]!.steps[0]!.emotion).toBe(3);
    m = edit.setEmotion(m, { stepId: s1!, value: -0.4 });
    expect(m.stages[0]!.steps[0]!.emotion).toBe(0);
    expect(Object.is(m.stages[0]!.steps[0]!.emotion, -0)).toBe(false);
    m = edit.setEmotion(m, { stepId: s1!, value: null });
    expect(m.stages[0]!.steps[0]!.emotion).toBeNull();
    expect(edit.setEmotion(m, { stepId: s1!, value: Number.NaN })).toBe(m);
  });

  it('moves, renames and retypes lanes; a lane with cards cannot become the emotion lane', () => {
    const customer = laneOf(map, 'customer');
    let m = edit.moveLane(map, { laneId: customer, toIndex: 4 });
    expect(m.lanes[4]!.id).toBe(customer);
    m = edit.updateLane(m, { laneId: customer, patch: { title: ' 客户行为 ' } });
    expect(m.lanes[4]!.title).toBe('客户行为');
    m = edit.addCard(m, { cardId: 'a', laneId: customer, stepId: s1!, text: 'a' });
    expect(edit.updateLane(m, { laneId: customer, patch: { type: 'emotion' } })).toBe(m);
    expect(edit.updateLane(m, { laneId: customer, patch: { type: 'notes' } }).lanes[4]!.type).toBe('notes');
  });

  it('updates map info with a clamped tolerance floor and ignores empty titles', () => {
    const m = edit.updateMapInfo(map, { persona: { name: '王女士' }, toleranceFloor: -9, scenario: '宽带移机' });
    expect(m.persona.name).toBe('王女士');
    expect(m.toleranceFloor).toBe(-3);
    expect(edit.setTitle(m, { title: '  ' })).toBe(m);
    expect(edit.updateMapInfo(m, { persona: { name: '王女士' } })).toBe(m);
  });
});
