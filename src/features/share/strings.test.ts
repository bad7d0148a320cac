import { isLimitClose } from '../../session/connectionState';
import { AUTH_FAILURE, CLOSE } from '../../sync/protocol';
import { describe, expect, it } from 'vitest';
import { SHARE_STRINGS } from './strings';

const leaves = (o: object, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]]));
const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join(',');

/** The same rules as src/i18n's tests, for the strings the share feature loads on its own. */
describe('share strings', () => {
  const en = Object.fromEntries(leaves(SHARE_STRINGS.en));
  const zh = { 'zh-CN': Object.fromEntries(leaves(SHARE_STRINGS['zh-CN'])), 'zh-TW': Object.fromEntries(leaves(SHARE_STRINGS['zh-TW'])) };

  it('every language has every key, with the same interpolation variables', () => {
    for (const other of Object.values(zh)) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const k of Object.keys(en)) expect(vars(other[k]!), k).toBe(vars(en[k]!));
    }
  });

  it('the Chinese is translated, and zh-TW is Traditional in Taiwan usage', () => {
    for (const other of Object.values(zh)) {
      expect(Object.values(other).filter((v) => /[A-Za-z]{4,} [A-Za-z]{3,}/.test(v.replace(/Journeyprint/g, '')))).toEqual([]);
    }
    const tw = Object.values(zh['zh-TW']).join('\n');
    for (const ch of '们这个来说为发对时话现么过还没当经动问题业务务实区团队网络设单号图链设备连') expect(tw, ch).not.toContain(ch);
    for (const mainland of ['信息', '默认', '识别', '链接', '服务器', '设备', '网络']) expect(tw, mainland).not.toContain(mainland);
    expect(SHARE_STRINGS['zh-TW'].connection.offline).toBe('離線：修改已儲存在這部裝置');
  });
});

describe('reasons the server gives', () => {
  it('every close the indicator shows and every refusal has words in each language', () => {
    const shown = [...Object.values(CLOSE).map((c) => c.reason).filter(isLimitClose), ...Object.values(AUTH_FAILURE)];
    expect(shown).toContain('structure-locked');
    for (const strings of Object.values(SHARE_STRINGS)) for (const reason of shown) expect(strings.reason, reason).toHaveProperty([reason]);
  });
});
