import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildFromTemplate } from '../src/domain/templates/build';
import { TEMPLATES } from '../src/domain/templates/content';
import zhCN from '../src/i18n/zh-CN';
import { pdfPageTexts } from '../src/test/pdfText';
import { broadbandMap, mapFile } from './fixtures';

/** Exports as a Chinese-speaking PM makes them: the words of the interface, text in the PDF, nothing cut off. */
test.use({ locale: 'zh-CN' });

const template = (id: string) => {
  let n = 0;
  return buildFromTemplate(TEMPLATES.find((t) => t.id === id)!, { lang: 'zh-CN', id: `tpl-${id}`, ids: () => `${id}-${++n}`, now: 1_700_000_000_000, laneTitle: (t) => zhCN.lanes[t] }); // lane titles as the app names them
};

async function exportAs(page: Page, format: string, extra: string[] = []) {
  await page.getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  for (const label of extra) await dialog.getByRole('radio', { name: label, exact: true }).check();
  if (extra.includes('选定的阶段')) {
    // only the first stage: a narrow image, where the legend used to be cut off
    const boxes = dialog.getByRole('checkbox');
    for (let i = (await boxes.count()) - 1; i >= 1; i--) await boxes.nth(i).uncheck();
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: '下载' }).click()]);
  await expect(dialog.getByRole('status')).toContainText('已保存', { timeout: 30_000 });
  const bytes = readFileSync((await download.path())!);
  await dialog.getByRole('button', { name: '关闭' }).click();
  return bytes;
}

/** Shows an SVG at 1:1 in the page and screenshots it, for a person to look at. */
async function look(page: Page, svg: string, path: string) {
  const ctx = await page.context().newPage();
  await ctx.setContent(`<body style="margin:0">${svg}</body>`);
  await ctx.screenshot({ path, fullPage: true });
  const fits = await ctx.evaluate(() => {
    const root = document.querySelector('svg')!;
    const w = Number(root.getAttribute('width'));
    const legend = root.querySelector('g.legend') as SVGGElement | null;
    const b = legend?.getBBox();
    return { w, legendRight: b ? b.x + b.width : 0 };
  });
  await ctx.close();
  return fits;
}

for (const [name, map] of [
  ['broadband', template('broadband')],
  ['twelve-steps', broadbandMap(6)],
] as const) {
  test(`${name}: SVG, PNG and PDF in Chinese; selected stages keep the legend; the PDF has its text`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await page.getByRole('button', { name: '导入' }).first().click();
    await page.getByLabel('文件（JSON、CSV 或 Mermaid）').setInputFiles(mapFile(map));
    await expect(page.getByRole('textbox', { name: '地图标题' })).toHaveValue(map.title);

    const svg = (await exportAs(page, 'SVG（矢量）')).toString('utf8');
    writeFileSync(`test-results/look-${name}.svg`, svg);
    expect(svg).toMatch(/\d+ 分钟/);
    expect(svg).not.toMatch(/\d+ min\b/);
    const whole = await look(page, svg, `test-results/look-${name}-svg.png`);
    expect(whole.legendRight).toBeLessThanOrEqual(whole.w);

    const part = (await exportAs(page, 'SVG（矢量）', ['选定的阶段'])).toString('utf8');
    const partLook = await look(page, part, `test-results/look-${name}-first-stage.png`);
    expect(partLook.legendRight).toBeLessThanOrEqual(partLook.w);

    writeFileSync(`test-results/look-${name}.png`, await exportAs(page, 'PNG 图片'));
    const pdf = await exportAs(page, 'PDF', ['A4 横向']);
    writeFileSync(`test-results/look-${name}.pdf`, pdf);
    const text = pdfPageTexts(pdf).join('\n').replace(/\n/g, '');
    for (const c of map.cards.slice(0, 6)) expect(text).toContain(c.text.replace(/\n/g, '').slice(0, 5));
    expect(text).toContain(map.title);
  });
}
