import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitScale, limitOf, MAX_CANVAS_AREA, MAX_CANVAS_SIDE, MAX_PNG_PIXELS } from './raster';

const pixels = (w: number, h: number, s: number) => Math.floor(w * s) * Math.floor(h * s);

describe('the scale of a PNG export', () => {
  it('is the one asked for while the image stays within 100 megapixels', () => {
    expect(fitScale(2800, 2200, 2, MAX_PNG_PIXELS)).toBe(2);
    expect(fitScale(2800, 2200, 3, MAX_PNG_PIXELS)).toBe(3);
  });

  it('is lowered so a 2,000-card map at 2× (55,456 × 4,436 px) comes out at 100 megapixels, not 246', () => {
    const s = fitScale(27_728, 2_218, 2, MAX_PNG_PIXELS);
    expect(s).toBeCloseTo(1.275, 2);
    expect(pixels(27_728, 2_218, s)).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect(pixels(27_728, 2_218, s)).toBeGreaterThan(0.999 * MAX_PNG_PIXELS);
  });

  it('never exceeds the pixel limit, the canvas side or the canvas area, and never exceeds what was asked (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 200_000 }), fc.constantFrom(1, 2, 3), fc.constantFrom(MAX_PNG_PIXELS, MAX_CANVAS_AREA, 1e12), (w, h, wanted, max) => {
        const s = fitScale(w, h, wanted, max);
        expect(s).toBeLessThanOrEqual(wanted);
        expect(pixels(w, h, s)).toBeLessThanOrEqual(Math.min(max, MAX_CANVAS_AREA));
        expect(Math.floor(w * s)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
        expect(Math.floor(h * s)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
      }),
    );
  });

  it('names the limit that held it, so the message can say why', () => {
    expect(limitOf(2800, 2200, 2, MAX_PNG_PIXELS)).toBeNull();
    expect(limitOf(27_728, 2_218, 2, MAX_PNG_PIXELS)).toBe('pixels');
    expect(limitOf(70_000, 900, 1, MAX_PNG_PIXELS)).toBe('side'); // 63 megapixels, but wider than a canvas
  });
});
