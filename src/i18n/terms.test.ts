import { describe, expect, it } from 'vitest';
import { zhCN, zhTW } from './resources';

const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v as object) : [String(v)]));

/** What a native reviewer corrected; each word on the left must not come back. */
describe('practitioner terminology', () => {
  it('zh-CN uses the mainland service-design terms', () => {
    expect([zhCN.lanes.frontstage, zhCN.lanes.backstage, zhCN.lanes.support]).toEqual(['前台员工行为（顾客可见）', '后台员工行为（顾客不可见）', '支持过程']);
    expect([zhCN.analysis.end, zhCN.inspector.markEnd, zhCN.toolbar.inspector, zhCN.analysis.thisMap]).toEqual(['终点', '标记为终点', '属性面板', '当前地图']);
    const all = values(zhCN).join('\n');
    for (const stale of ['终值', '检查器', '本地图', '支持流程', '（不可见）']) expect(all, stale).not.toContain(stale);
  });

  it('zh-TW reads as written in Taiwan, not converted from Simplified', () => {
    const all = values(zhTW).join('\n');
    for (const ch of '们这个来说为发对时话现么过还没当经动问题业务务实区团队网络设单号') expect(all, ch).not.toContain(ch);
    // Converted text keeps mainland words; Taiwan says 分頁, 屬性面板, 取消復原, 辨識, 符合, 放開, 目前, 列 (a row).
    for (const mainland of ['標籤頁', '檢查器', '終值', '本地圖', '識別', '匹配', '鬆開', '重做', '短影片', '呼叫中心', '一行）', '信息', '默認']) expect(all, mainland).not.toContain(mainland);
    expect([zhTW.toolbar.redo, zhTW.toolbar.inspector, zhTW.analysis.end, zhTW.import.button, zhTW.toolbar.files]).toEqual(['取消復原', '屬性面板', '終點', '匯入', '檔案']);
  });
});
