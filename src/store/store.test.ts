import { beforeEach, describe, expect, it } from 'vitest';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import * as actions from './actions';
import { currentSession, getDoc, redo, resetDoc, undo, useDocStore } from './docStore';
import { select, useUiStore } from './uiStore';

const history = () => {
  const um = currentSession()!.undoManager;
  return { pastStates: um.undoStack, futureStates: um.redoStack, ...useDocStore.getState() };
};

describe('store: undo and redo', () => {
  beforeEach(() => resetDoc(makeMap()));

  it('each action is one undo step; undo and redo walk them back and forth', () => {
    const map = getDoc()!;
    const customer = laneOf(map, 'customer');
    const [s1] = stepIds(map);
    const a = actions.addCard(customer, s1!, 'first')!;
    actions.updateCard(a, { text: 'first, edited' });
    actions.setEmotion(s1!, 2);
    expect(history().pastStates).toHaveLength(3);
    undo();
    expect(getDoc()!.stages[0]!.steps[0]!.emotion).toBeNull();
    undo();
    expect(getDoc()!.cards[0]!.text).toBe('first');
    undo();
    expect(getDoc()!.cards).toHaveLength(0);
    expect(getDoc()).toEqual(map);
    expect(history().canUndo).toBe(false);
    expect(history().canRedo).toBe(true);
    redo();
    redo();
    expect(getDoc()!.cards[0]!.text).toBe('first, edited');
  });

  it('a no-op edit makes no undo step; selection is never in history', () => {
    actions.setTitle('  ');
    actions.setEmotion(stepIds(getDoc()!)[0]!, null);
    select({ kind: 'lane', id: getDoc()!.lanes[0]!.id });
    useUiStore.setState({ activeCell: { laneId: 'x', stepId: 'y' } });
    expect(history().pastStates).toHaveLength(0);
  });

  it('opening a document clears the history', () => {
    actions.setTitle('changed');
    expect(history().pastStates).toHaveLength(1);
    resetDoc(makeMap('journey', 'other'));
    expect(history().pastStates).toHaveLength(0);
    expect(history().futureStates).toHaveLength(0);
  });

  it('a new edit after undo drops the redo branch', () => {
    actions.setTitle('A');
    undo();
    expect(history().futureStates).toHaveLength(1);
    actions.setTitle('B');
    expect(history().futureStates).toHaveLength(0);
  });

  it('pasting several lines adds one card per line in one undo step', () => {
    const map = getDoc()!;
    const n = actions.addCards(laneOf(map, 'frontstage'), stepIds(map)[1]!, ['一', 'two', '三']);
    expect(n).toBe(3);
    expect(history().pastStates).toHaveLength(1);
    undo();
    expect(getDoc()!.cards).toHaveLength(0);
  });

  it('keyboard nudges move cards across cells and steps across stages', () => {
    const map = getDoc()!;
    const [s1, s2] = stepIds(map);
    const id = actions.addCard(laneOf(map, 'customer'), s1!, 'x')!;
    actions.nudgeCard(id, 1, 1);
    const card = getDoc()!.cards[0]!;
    expect([card.laneId, card.stepId]).toEqual([laneOf(map, 'frontstage'), s2]);
    expect(actions.nudgeCard(id, 0, 5)).toBe(false);
    actions.addStage();
    actions.nudgeStep(stepIds(getDoc()!)[2]!, 1);
    expect(getDoc()!.stages[1]!.steps.map((s) => s.id)[0]).toBe(stepIds(map)[2]);
  });
});
