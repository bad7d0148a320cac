import { describe, expect, it } from 'vitest';
import { FOCUS_STALE_MS, nextFocus, shouldFollow, visibleRegion, type FocusRequest } from './lookHere';

const target = { kind: 'slide', index: 2 } as const;

describe('everyone look here', () => {
  it('numbers requests one after another', () => {
    const a = nextFocus(null, { id: 'a', by: 'fac', at: 1000, target });
    const b = nextFocus(a, { id: 'b', by: 'fac', at: 2000, target });
    expect([a.seq, b.seq]).toEqual([1, 2]);
  });

  it('moves a participant once per new request, never for the same one again', () => {
    const a = nextFocus(null, { id: 'a', by: 'fac', at: 1000, target });
    expect(shouldFollow(null, a, 'me', 1000)).toBe(true);
    expect(shouldFollow(a, a, 'me', 1000)).toBe(false);
    const b = nextFocus(a, { id: 'b', by: 'fac', at: 2000, target });
    expect(shouldFollow(a, b, 'me', 2000)).toBe(true);
    // An older request arriving late (an offline peer) does not move anyone back.
    expect(shouldFollow(b, a, 'me', 2000)).toBe(false);
  });

  it('follows the request the document keeps when two facilitators ask at once', () => {
    const base = nextFocus(null, { id: 'a', by: 'f1', at: 1000, target });
    const one = nextFocus(base, { id: 'x', by: 'f1', at: 2000, target });
    const two: FocusRequest = nextFocus(base, { id: 'y', by: 'f2', at: 2000, target: { kind: 'slide', index: 5 } });
    expect(one.seq).toBe(two.seq);
    expect(shouldFollow(one, two, 'me', 2000)).toBe(true);
  });

  it('does not move the one who asked, nor for a request long past', () => {
    const a = nextFocus(null, { id: 'a', by: 'fac', at: 1000, target });
    expect(shouldFollow(null, a, 'fac', 1000)).toBe(false);
    expect(shouldFollow(null, a, 'me', 1000 + FOCUS_STALE_MS + 1)).toBe(false);
  });

  it('describes the visible part of the board in board coordinates', () => {
    expect(visibleRegion({ x: -200, y: -100, zoom: 2 }, { width: 800, height: 600 })).toEqual({ kind: 'region', x: 100, y: 50, w: 400, h: 300 });
  });
});
