import { describe, expect, it } from 'vitest';
import { canPlace, cardsForVote, dotsLeft, newRound, ranking, tally, visibleTotals, type Dot } from './votes';

const round = newRound({ id: 'r1', cards: ['a', 'b', 'c', 'a'], now: 0 });
const dot = (id: string, voter: string, card: string, at: number, r = 'r1'): Dot => ({ id, voter, card, round: r, at });

describe('dot voting', () => {
  it('starts with three dots each, one per card, on the cards given once each', () => {
    expect(round).toMatchObject({ dotsPerPerson: 3, multiple: false, status: 'open', cards: ['a', 'b', 'c'], viewers: false, deadline: null });
  });

  it('counts at most the limit per person, the earliest first, whatever arrives', () => {
    const dots = [dot('4', 'p', 'c', 4), dot('1', 'p', 'a', 1), dot('3', 'p', 'c', 3), dot('2', 'p', 'b', 2), dot('5', 'q', 'a', 1)];
    const t = tally({ ...round, multiple: true }, dots);
    expect([...t.counted].sort()).toEqual(['1', '2', '3', '5']);
    expect(Object.fromEntries(t.totals)).toEqual({ a: 2, b: 1, c: 1 });
    expect(dotsLeft(round, t, 'p')).toBe(0);
    expect(dotsLeft(round, t, 'q')).toBe(2);
  });

  it('ignores a second dot on one card unless the round allows it, and dots outside the round', () => {
    const dots = [dot('1', 'p', 'a', 1), dot('2', 'p', 'a', 2), dot('3', 'p', 'zzz', 3), dot('4', 'p', 'b', 4, 'old')];
    expect(Object.fromEntries(tally(round, dots).totals)).toEqual({ a: 1 });
    expect(Object.fromEntries(tally({ ...round, multiple: true }, dots).totals)).toEqual({ a: 2 });
  });

  it('says why a dot may not be placed', () => {
    const t = tally(round, [dot('1', 'p', 'a', 1)]);
    const ask = (over: Partial<Parameters<typeof canPlace>[2]>, r = round) => canPlace(r, t, { voter: 'p', card: 'b', now: 10, isViewer: false, mineOnCard: 0, ...over });
    expect(ask({})).toBeNull();
    expect(ask({ card: 'a', mineOnCard: 1 })).toBe('one-per-card');
    expect(ask({ card: 'zzz' })).toBe('not-in-round');
    expect(ask({ isViewer: true })).toBe('viewer');
    expect(ask({ isViewer: true }, { ...round, viewers: true })).toBeNull();
    expect(ask({ now: 100 }, { ...round, deadline: 50 })).toBe('deadline');
    expect(ask({}, { ...round, status: 'revealed' })).toBe('not-open');
    expect(canPlace(round, tally(round, [dot('1', 'p', 'a', 1), dot('2', 'p', 'b', 2), dot('3', 'p', 'c', 3)]), { voter: 'p', card: 'b', now: 0, isViewer: false, mineOnCard: 0 })).toBe('no-dots-left');
  });

  it('keeps totals secret until revealed, then shows them, and keeps the frozen result when closed', () => {
    const t = tally(round, [dot('1', 'p', 'b', 1)]);
    expect(visibleTotals(round, t)).toBeNull();
    expect(Object.fromEntries(visibleTotals({ ...round, status: 'revealed' }, t)!)).toEqual({ b: 1 });
    expect(Object.fromEntries(visibleTotals({ ...round, status: 'closed', result: { c: 4 } }, t)!)).toEqual({ c: 4 });
  });

  it('ranks by total, ties in board order, cards without dots left out', () => {
    expect(ranking(round, new Map([['c', 2], ['a', 2], ['b', 5]]))).toEqual([
      { card: 'b', total: 5 },
      { card: 'a', total: 2 },
      { card: 'c', total: 2 },
    ]);
    expect(ranking(round, { b: 1 })).toEqual([{ card: 'b', total: 1 }]);
  });

  it('picks the cards of chosen lanes, optionally in chosen steps only', () => {
    const map = {
      lanes: [{ id: 'L1', type: 'pain' }, { id: 'L2', type: 'touchpoint' }, { id: 'L3', type: 'opportunity' }],
      cards: [
        { id: 'x', laneId: 'L1', stepId: 's1' },
        { id: 'y', laneId: 'L2', stepId: 's1' },
        { id: 'z', laneId: 'L3', stepId: 's2' },
      ],
    };
    expect(cardsForVote(map, { laneTypes: ['pain', 'opportunity'] })).toEqual(['x', 'z']);
    expect(cardsForVote(map, { laneTypes: ['pain', 'opportunity'], stepIds: new Set(['s2']) })).toEqual(['z']);
  });
});
