import { describe, expect, it } from 'vitest';
import { en, zhCN, zhTW } from './resources';
import { resolveLanguage } from './index';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function values(o: object): string[] {
  return Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v as object) : [String(v)]));
}

describe('languages', () => {
  it('every language has every key, with the same interpolation variables', () => {
    const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join(',');
    const flat = (o: object) => Object.fromEntries(keys(o).map((k) => [k, k.split('.').reduce((x: Record<string, unknown>, p) => x[p] as Record<string, unknown>, o as Record<string, unknown>) as unknown as string]));
    const base = flat(en);
    for (const t of [zhCN, zhTW]) {
      const other = flat(t);
      expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
      for (const k of Object.keys(base)) expect(vars(other[k]!), k).toBe(vars(base[k]!));
    }
  });

  it('Chinese translations are really translated: no English sentence is left behind', () => {
    for (const t of [zhCN, zhTW]) {
      const english = values(t).filter((v) => /[A-Za-z]{4,} [A-Za-z]{3,}/.test(v.replace(/Journeyprint|Mermaid|JSON|CSV|PDF|SVG|PNG|Delete|Enter|CSAT|CES|NPS|App/g, '')));
      expect(english).toEqual([]);
    }
  });

  it('traditional Chinese uses Traditional characters and Taiwan usage', () => {
    const all = values(zhTW).join('');
    for (const simplified of ['图', '们', '这', '设', '导', '击', '择', '为']) expect(all).not.toContain(simplified);
    expect(zhTW.export.button).toBe('匯出');
    expect(zhTW.library.search).toBe('搜尋地圖');
  });

  it('browsers in Taiwan, Hong Kong and Macau get Traditional; other Chinese Simplified', () => {
    expect(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh_TW'].map(resolveLanguage)).toEqual(Array(6).fill('zh-TW'));
    expect(['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN'].map(resolveLanguage)).toEqual(Array(5).fill('zh-CN'));
    expect(['en-GB', 'en'].map(resolveLanguage)).toEqual(['en', 'en']);
    expect(resolveLanguage('fr')).toBeNull();
  });
});
