import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildFromTemplate } from '../src/domain/templates/build';
import { TEMPLATES } from '../src/domain/templates/content';
import { en, zhCN, zhTW } from '../src/i18n/resources';
import { pdfPageTexts } from '../src/test/pdfText';
import { broadbandMap, mapFile } from './fixtures';

/**
 * Exports as a PM makes them in each interface language: the words of the interface, text in the
 * PDF, nothing cut off. The UI words come from the app's own resources, so the test follows them.
 */
const LANGS = { en, 'zh-CN': zhCN, 'zh-TW': zhTW } as const;
type Lang = keyof typeof LANGS;

const template = (id: string, lang: Lang) => {
  let n = 0;
  const res = LANGS[lang];
  return buildFromTemplate(TEMPLATES.find((t) => t.id === id)!, { lang, id: `tpl-${id}-${lang}`, ids: () => `${id}-${++n}`, now: 1_700_000_000_000, laneTitle: (t) => res.lanes[t] }); // lane titles as the app names them
};

async function exportAs(page: Page, lang: Lang, format: string, someStages = false, paper?: string) {
  const x = LANGS[lang].export;
  await page.getByRole('button', { name: x.button }).click();
  const dialog = page.getByRole('dialog', { name: x.title });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  if (paper) await dialog.getByRole('radio', { name: paper, exact: true }).check();
  if (someStages) {
    await dialog.getByRole('radio', { name: x.someStages, exact: true }).check();
    // only the first stage: a narrow image, where the legend used to be cut off
    const boxes = dialog.getByRole('group', { name: x.stages }).getByRole('checkbox');
    for (let i = (await boxes.count()) - 1; i >= 1; i--) await boxes.nth(i).uncheck();
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: x.download }).click()]);
  await expect(dialog.getByRole('status')).toContainText(x.done.split('“')[0]!.split('「')[0]!, { timeout: 30_000 });
  const bytes = readFileSync((await download.path())!);
  await dialog.getByRole('button', { name: x.close }).click();
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

for (const [name, lang, map] of [
  ['broadband', 'zh-CN', template('broadband', 'zh-CN')],
  ['twelve-steps', 'zh-CN', broadbandMap(6)],
  ['broadband-en', 'en', template('broadband', 'en')],
  ['hospital-zh-TW', 'zh-TW', template('hospital', 'zh-TW')],
] as const) {
  test(`${name}: SVG, PNG and PDF in ${lang}; selected stages keep the legend; the PDF has its text`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ locale: lang, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const res = LANGS[lang];
    await page.goto('/');
    await page.getByRole('button', { name: res.import.button }).first().click();
    await page.getByLabel(res.import.file).setInputFiles(mapFile(map));
    await expect(page.getByRole('textbox', { name: res.toolbar.mapTitle })).toHaveValue(map.title);

    const svg = (await exportAs(page, lang, res.export.svg)).toString('utf8');
    writeFileSync(`test-results/look-${name}.svg`, svg);
    // step durations in the interface's words ("2 分钟", "2 min")
    const minutes = res.inspector.minutes.replace('{{count}}', '(\\d+)');
    expect(svg).toMatch(new RegExp(minutes));
    if (lang !== 'en') expect(svg).not.toMatch(/\d+ min\b/);
    const whole = await look(page, svg, `test-results/look-${name}-svg.png`);
    expect(whole.legendRight).toBeLessThanOrEqual(whole.w);

    const part = (await exportAs(page, lang, res.export.svg, true)).toString('utf8');
    const partLook = await look(page, part, `test-results/look-${name}-first-stage.png`);
    expect(partLook.legendRight).toBeLessThanOrEqual(partLook.w);

    writeFileSync(`test-results/look-${name}.png`, await exportAs(page, lang, res.export.png));
    const pdf = await exportAs(page, lang, res.export.pdf, false, res.export.a4);
    writeFileSync(`test-results/look-${name}.pdf`, pdf);
    const text = pdfPageTexts(pdf).join('\n').replace(/\n/g, '');
    for (const c of map.cards.slice(0, 6)) expect(text.replace(/ /g, '')).toContain(c.text.replace(/\n| /g, '').slice(0, 5));
    expect(text.replace(/ /g, '')).toContain(map.title.replace(/ /g, ''));
    await context.close();
  });
}
