import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLORS, themeCssVariables } from './theme';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const css = read('../styles.css');
const themeHexes = new Set(Object.values(COLORS).map((c) => c.toLowerCase()));

describe('theme', () => {
  it('defines every custom property the stylesheet uses', () => {
    const defined = new Set([...Object.keys(themeCssVariables()), ...[...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!)]);
    const used = new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!));
    expect([...used].filter((v) => !defined.has(v))).toEqual([]);
  });

  it('is the only place the stylesheet and the SVG export take the theme colours from', () => {
    for (const source of [css, read('./formats/svg.ts')]) {
      const literal = [...source.matchAll(/#[0-9a-fA-F]{6}\b/g)].map((m) => m[0].toLowerCase());
      expect(literal.filter((h) => themeHexes.has(h))).toEqual([]);
    }
  });

  it('names variables by kind', () => {
    const vars = themeCssVariables();
    expect(vars['--c-ink']).toBe(COLORS.ink);
    expect(vars['--lane-backstage']).toMatch(/^#/);
    expect(vars['--fs-body']).toBe('14px');
  });
});
