import { describe, expect, it } from 'vitest';
import * as edit from '../edit';
import { laneOf, makeMap, stepIds } from '../../test/fixtures';
import { authorOf, mayEditStructure, touchesStructure } from './structure';

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
