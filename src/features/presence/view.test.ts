import { describe, expect, it } from 'vitest';
import { debounce, type Clock } from './throttle';
import { centreOf, sameTransform, transformFor } from './view';

describe('following a view', () => {
  it("puts the presenter's centre in the middle of the follower's board, whatever its size", () => {
    const presenter = centreOf([100, -50, 0.5], 1200, 800); // the flow point in the middle of their view
    expect(presenter).toEqual({ x: 1000, y: 900, zoom: 0.5 });
    const follower = transformFor(presenter, 600, 400);
    expect(centreOf(follower, 600, 400)).toEqual(presenter);
    expect(sameTransform(transformFor(presenter, 1200, 800), [100, -50, 0.5])).toBe(true);
  });

  it('tells a move of its own from the transform it set (a pixel of rounding is not a move)', () => {
    expect(sameTransform([10, 10, 1], [10.4, 9.7, 1.0004])).toBe(true);
    expect(sameTransform([10, 10, 1], [14, 10, 1])).toBe(false);
    expect(sameTransform([10, 10, 1], [10, 10, 1.1])).toBe(false);
  });
});

describe('debounce', () => {
  it('publishes the viewport once it has settled, with its last value', () => {
    let now = 0;
    let timer: { at: number; fn: () => void } | null = null;
    const clock: Clock = { now: () => now, setTimeout: (fn, ms) => (timer = { at: now + ms, fn }), clearTimeout: () => (timer = null) };
    const sent: number[] = [];
    const d = debounce((v: number) => sent.push(v), 150, clock);
    for (let i = 1; i <= 10; i++) {
      now += 20; // a pan: a frame every 20 ms
      d(i);
    }
    expect(sent).toEqual([]);
    now = timer!.at;
    timer!.fn();
    expect(sent).toEqual([10]);
    d(11);
    d.cancel();
    expect(timer).toBeNull();
  });
});
