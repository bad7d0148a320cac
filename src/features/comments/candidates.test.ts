import { describe, expect, it } from 'vitest';
import { mentionCandidates } from './candidates';

describe('who can be mentioned', () => {
  it('is everyone who wrote on the map and everyone here now, once each, the map’s record first', () => {
    const known = [{ id: 'a', name: 'Ann', color: '#111111' }];
    const here = [
      { id: 'a', name: 'Ann (laptop)', color: '#222222', presenting: false, clientId: 1 },
      { id: 'b', name: '小李', color: '#333333', presenting: true, clientId: 2 },
      { id: 'c', name: '', color: '#444444', presenting: false, clientId: 3 },
    ];
    expect(mentionCandidates(known, here)).toEqual([known[0], { id: 'b', name: '小李', color: '#333333' }]);
  });
});
