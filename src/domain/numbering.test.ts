import { describe, expect, it } from 'vitest';
import { nextNumber } from './numbering';

const step = (n: number) => `Step ${n}`;

describe('nextNumber', () => {
  it('counts within the map', () => {
    expect(nextNumber(['Step 1', 'Step 2'], step)).toBe(3);
    expect(nextNumber(['预约挂号', '候诊'], step)).toBe(3);
  });
  it('never repeats a title that is there', () => {
    expect(nextNumber(['Step 1', 'Step 3'], step)).toBe(4);
    expect(nextNumber(['Step 3', 'Step 4', 'x'], step)).toBe(5);
  });
});
