import { describe, expect, it } from 'vitest';
import * as edit from '../edit';
import { laneOf, makeMap, stepIds } from '../../test/fixtures';
import { authorOf, mayEditStructure, touchesStructure } from './structure';
import { addVotedToBacklog } from './toBacklog';

describe('the structure lock', () => {
  const map = makeMap();
  const lane = laneOf(map, 'customer');
  const step = stepIds(map)[0]!;

  it('tells structure edits from card edits', () => {
    const withCard = edit.addCard(map, { cardId: 'c1', laneId: lane, stepId: step, text: 'hi' });
    expect(touchesStructure(map, withCard)).toBe(false);
    expect(touchesStructure(withCard, edit.updateCard(withCard, { cardId: 'c1', patch: { text: 'ho' } }))).toBe(false);
    expect(touchesStructure(map, edit.renameStage(map, { stageId: map.stages[0]!.id, title: 'x' }))).toBe(true);
    expect(touchesStructure(map, edit.updateLane(map, { laneId: lane, patch: { title: 'x' } }))).toBe(true);
    expect(touchesStructure(map, edit.setEmotion(map, { stepId: step, value: 2 }))).toBe(true);
  });

  it('binds everyone but the facilitator while locked', () => {
    expect(mayEditStructure(false, 'editor')).toBe(true);
    expect(mayEditStructure(true, 'editor')).toBe(false);
    expect(mayEditStructure(true, 'viewer')).toBe(false);
    expect(mayEditStructure(true, 'facilitator')).toBe(true);
  });
});

describe('authorship', () => {
  it('records the author in a shared map, nobody with anonymous capture or alone', () => {
    expect(authorOf({ shared: true, anonymous: false, personId: 'p1' })).toEqual({ author: 'p1' });
    expect(authorOf({ shared: true, anonymous: true, personId: 'p1' })).toEqual({});
    expect(authorOf({ shared: false, anonymous: false, personId: 'p1' })).toEqual({});
  });
});

describe('votes to the backlog', () => {
  it('adds the top cards in ranked order, once each, skipping deleted ones', () => {
    const lane = laneOf(makeMap(), 'customer');
    const step = stepIds(makeMap())[1]!;
    let map = makeMap();
    for (const id of ['a', 'b', 'c']) map = edit.addCard(map, { cardId: id, laneId: lane, stepId: step, text: `card ${id}` });
    const once = addVotedToBacklog(map, { cards: ['c', 'gone', 'a'], ids: ['i1', 'i2', 'i3'] });
    expect(once.backlog?.map((i) => [i.title, i.stepId, i.source])).toEqual([
      ['card c', step, { kind: 'card', cardId: 'c' }],
      ['card a', step, { kind: 'card', cardId: 'a' }],
    ]);
    expect(addVotedToBacklog(once, { cards: ['a', 'b'], ids: ['j1', 'j2'] }).backlog?.map((i) => i.title)).toEqual(['card c', 'card a', 'card b']);
  });
});
