import { describe, expect, it } from 'vitest';
import { estimateMeasure, tokenize, wrapText } from './wrap';

const measure = estimateMeasure(14); // CJK = 14 px each

describe('wrapText', () => {
  it('breaks Chinese between any two characters', () => {
    const lines = wrapText('客户拨打客服热线办理宽带移机业务', 14 * 5, measure);
    expect(lines).toEqual(['客户拨打客', '服热线办理', '宽带移机业', '务']);
  });

  it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
    const lines = wrapText('一二三四，五六七（八九）十', 14 * 4, measure);
    for (const line of lines) {
      expect('，）。'.includes(line[0]!)).toBe(false);
      expect(line.endsWith('（')).toBe(false);
    }
    expect(lines.join('')).toBe('一二三四，五六七（八九）十');
  });

  it('breaks English at spaces and splits a word longer than the line', () => {
    const lines = wrapText('the quick brown fox', 60, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('the quick brown fox');
    const long = wrapText('Supercalifragilisticexpialidocious', 60, measure);
    expect(long.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const l of long) expect(measure(l)).toBeLessThanOrEqual(60);
  });

  it('keeps explicit line breaks and empty lines, and mixed scripts', () => {
    expect(wrapText('a\n\nb', 200, measure)).toEqual(['a', '', 'b']);
    const mixed = wrapText('办理 broadband 移机 after 3 days', 14 * 6, measure);
    expect(mixed.join('').replace(/\s/g, '')).toBe('办理broadband移机after3days');
  });

  it('keeps emoji and combined graphemes whole', () => {
    const tokens = tokenize('👨‍👩‍👧 好');
    expect(tokens[0]!.startsWith('👨‍👩‍👧')).toBe(true);
  });

  it('no line is wider than the limit unless one grapheme is', () => {
    const text = '服务蓝图 service blueprint，用于描述前台与后台的协作。Frontstage and backstage!';
    for (const width of [30, 50, 80, 120, 200]) {
      for (const line of wrapText(text, width, measure)) expect(measure(line.trimEnd())).toBeLessThanOrEqual(Math.max(width, 14));
    }
  });
});
