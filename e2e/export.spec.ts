import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { generateMap } from '../bench/generate';
import { METRICS } from '../src/domain/layout';
import { exportJson } from '../src/domain/formats/json';
import { asFile, broadbandMap, hostileMap, mapFile, PAYLOADS } from './fixtures';
import { cell } from './helpers';

async function importInLibrary(page: Page, file: ReturnType<typeof asFile>) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(file);
}

/** Up to 20 s for the largest export here on a quiet machine, so 90 s on a busy one. */
const EXPORT_TIMEOUT = 90_000;

async function exportAs(page: Page, format: string, options: Record<string, string> = {}) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  for (const [, label] of Object.entries(options)) await dialog.getByRole('radio', { name: label, exact: true }).check();
  // A long map's PDF or PNG takes seconds, more on a busy machine: wait for the export's own
  // status, with room for the work, not for a fixed time.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: EXPORT_TIMEOUT }), dialog.getByRole('button', { name: 'Download' }).click()]);
  await expect(dialog.getByRole('status')).toContainText('Saved', { timeout: EXPORT_TIMEOUT });
  const message = await dialog.getByRole('status').textContent();
  const path = await download.path();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: download.suggestedFilename(), bytes: readFileSync(path), message: message ?? '' };
}

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('every format exports the whole map, and files round-trip', async ({ page }) => {
  const map = broadbandMap();
  await importInLibrary(page, mapFile(map, 'broadband.json'));
  await expect(page.getByRole('group', { name: '工单派到了错误的片区，整个流程重新开始' })).toBeVisible();
  await expect(page.locator('.notice')).toContainText('Imported “宽带移机 服务蓝图” (10 cards).');

  // PNG 2×: covers the whole map whatever the viewport (most of it is off-screen here)
  await page.setViewportSize({ width: 900, height: 600 });
  const png = await exportAs(page, 'PNG image', { scale: '2×' });
  writeFileSync('test-results/export-2x.png', png.bytes); // kept for a person to look at
  expect(png.name).toMatch(/^宽带移机 服务蓝图 \d{4}-\d{2}-\d{2}\.png$/);
  const steps = map.stages.flatMap((s) => s.steps).length;
  const gridWidth = METRICS.laneHeaderWidth + steps * METRICS.stepWidth;
  const { width, height } = pngSize(png.bytes);
  expect(width).toBe((gridWidth + 48) * 2);
  expect(height).toBeGreaterThan(1500);
  expect(png.message).toContain(`(${width} × ${height} px)`);
  // it decodes, and holds the drawing: the dark title text on white
  const pixels = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, Math.round(bitmap.height * 0.1));
    let dark = 0;
    let white = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! < 60 && data[i + 1]! < 60 && data[i + 2]! < 60) dark++;
      if (data[i]! === 255 && data[i + 1]! === 255 && data[i + 2]! === 255) white++;
    }
    return { width: bitmap.width, dark, white, total: data.length / 4 };
  }, png.bytes.toString('base64'));
  expect(pixels.width).toBe(width);
  expect(pixels.dark).toBeGreaterThan(1000);
  expect(pixels.white / pixels.total).toBeGreaterThan(0.5);
  await page.setViewportSize({ width: 1440, height: 900 });

  // SVG: parses, Chinese kept as text
  const svg = await exportAs(page, 'SVG (vector)');
  const svgText = svg.bytes.toString('utf8');
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return { error: !!doc.querySelector('parsererror'), texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('|') };
  }, svgText);
  expect(parsed.error).toBe(false);
  for (const s of ['宽带移机 服务蓝图', '王女士', '工单', '地址登记', '情绪曲线', 'Peak', 'End', 'Tolerance floor', 'Line of visibility', 'CSAT 3.2 (n=120)']) expect(parsed.texts).toContain(s);

  // PDF: one A4 page for this map; one page sized to the map
  const pdf = await exportAs(page, 'PDF', { paper: 'A4 landscape' });
  const pdfText = pdf.bytes.toString('latin1');
  expect(pdfText.startsWith('%PDF-')).toBe(true);
  expect(pdfText.match(/\/Type \/Page\b/g)).toHaveLength(1);
  expect(pdf.message).toContain('(1 page)');
  writeFileSync('test-results/export-a4.pdf', pdf.bytes);
  // the page image inflates to exactly width × height RGB pixels, and holds the drawing
  const im = /\/Width (\d+) \/Height (\d+) .*?\/Length (\d+) >>\nstream\n/.exec(pdfText)!;
  const start = im.index + im[0].length;
  const rgb = inflateSync(pdf.bytes.subarray(start, start + Number(im[3])));
  expect(rgb.length).toBe(Number(im[1]) * Number(im[2]) * 3);
  let dark = 0;
  for (let i = 0; i < rgb.length; i += 3) if (rgb[i]! < 60 && rgb[i + 1]! < 60 && rgb[i + 2]! < 60) dark++;
  expect(dark).toBeGreaterThan(1000);
  const fit = await exportAs(page, 'PDF', { paper: 'One page sized to the map' });
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(fit.bytes.toString('latin1'))!;
  expect(Number(box[1])).toBeCloseTo((gridWidth + 48) * 0.75, 0);

  // JSON: the exported file is exactly the map
  const json = await exportAs(page, 'JSON (the complete map)');
  expect(JSON.parse(json.bytes.toString('utf8'))).toEqual(JSON.parse(exportJson(map)));

  // CSV: UTF-8 with BOM, one row per card
  const csv = await exportAs(page, 'CSV (one row per card)');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString('utf8').trim().split('\r\n')).toHaveLength(1 + map.cards.length);

  // Mermaid
  const mmd = await exportAs(page, 'Mermaid journey');
  expect(mmd.bytes.toString('utf8')).toContain('journey\n  title 宽带移机 服务蓝图\n  section 咨询\n');

  // Each file imports back: JSON identical on the board, CSV and Mermaid as new maps
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(asFile('copy.json', json.bytes.toString('utf8')));
  await expect(page.locator('.notice')).toContainText('Imported “宽带移机 服务蓝图” (10 cards).');
  await expect(page.getByRole('group', { name: 'CRM 生成工单' })).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(asFile('cards.csv', csv.bytes.toString('utf8'), 'text/csv'));
  await expect(page.locator('.notice')).toContainText('(10 cards)');
  await expect(page.getByRole('group', { name: 'Lane: 前台' })).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(asFile('journey.mmd', mmd.bytes.toString('utf8'), 'text/plain'));
  await expect(page.getByRole('slider', { name: 'Emotion: 区域分配错误' })).toHaveAttribute('aria-valuenow', '-3');
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.locator('.library__table tbody tr')).toHaveCount(4);
});

test('export a selection of stages', async ({ page }) => {
  await importInLibrary(page, mapFile(broadbandMap()));
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG (vector)' }).check();
  await dialog.getByRole('radio', { name: 'Selected stages' }).check();
  await dialog.getByRole('checkbox', { name: '咨询' }).uncheck();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  const svg = readFileSync(await download.path()).toString('utf8');
  // the kept stage, its steps and cards are drawn; the dropped stage's steps and cards are not
  expect(svg).toContain('>办理<');
  for (const kept of ['地址登记', '区域分配错误', '技术员上门', 'CRM 生成工单', '上门满意度']) expect(svg).toContain(kept);
  for (const dropped of ['>咨询<', '>Step 1<', 'IVR 语音菜单', '客服热线']) expect(svg).not.toContain(dropped);
  await dialog.getByRole('checkbox', { name: '办理' }).uncheck();
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Choose at least one stage.');
});

test('a long map splits over A4 pages; wider than a canvas, the PNG is scaled down and says so', async ({ page }) => {
  test.setTimeout(240_000);
  await importInLibrary(page, mapFile(broadbandMap(300), 'long.json'));
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('宽带移机 服务蓝图');
  const pdf = await exportAs(page, 'PDF', { paper: 'A4 landscape' });
  const pages = pdf.bytes.toString('latin1').match(/\/Type \/Page\b/g)!.length;
  expect(pages).toBeGreaterThan(20);
  expect(pdf.message).toContain(`(${pages} pages)`);
  const png = await exportAs(page, 'PNG image', { scale: '1×' });
  const { width, height } = pngSize(png.bytes);
  expect(width).toBeLessThanOrEqual(65_535);
  // This map is long and thin: the canvas side holds it, not the pixel count.
  expect(png.message).toContain(`(${width} × ${height} px)`);
  expect(png.message).toMatch(/At 1× the image would be longer than browsers can draw \(65,535 px\), so it was exported at 0\.\d\d×\. For more detail, export Selected stages\./);
});

test('a PNG stops at 100 megapixels: a 500-card map at 3× comes out smaller and says why', async ({ page }) => {
  test.setTimeout(240_000);
  await importInLibrary(page, mapFile(generateMap(500, 3, 'big-png'), 'big.json'));
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('Benchmark 500 cards');
  const png = await exportAs(page, 'PNG image', { scale: '3×' });
  const { width, height } = pngSize(png.bytes);
  expect(width * height).toBeLessThanOrEqual(100e6);
  expect(width * height).toBeGreaterThan(99e6);
  expect(png.message).toContain(`(${width} × ${height} px)`);
  expect(png.message).toMatch(/At 3× the image would be over 100 megapixels, more than most apps can open, so it was exported at 2\.\d\d×\. For more detail, export Selected stages\./);
});

test('bad files get a clear message naming the line or field, and change nothing', async ({ page }) => {
  await importInLibrary(page, mapFile(broadbandMap()));
  await page.getByRole('button', { name: 'Back to library' }).click();
  const rows = page.locator('.library__table tbody tr');
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a map' });
  const input = dialog.getByLabel('File (JSON, CSV or Mermaid)');
  const alert = dialog.getByRole('alert');
  await input.setInputFiles(asFile('broken.json', '{\n  "title": "x",\n  oops\n}'));
  await expect(alert).toContainText('Could not import “broken.json”: the file is malformed (line 3, column');
  const bad = JSON.parse(exportJson(broadbandMap()));
  bad.stages[0].steps[1].emotion = 'very sad';
  await input.setInputFiles(asFile('typed.json', JSON.stringify(bad)));
  await expect(alert).toContainText('stages.0.steps.1.emotion');
  await input.setInputFiles(asFile('future.json', JSON.stringify({ ...bad, schemaVersion: 99 })));
  await expect(alert).toContainText('schemaVersion: 99 is newer than this app');
  await input.setInputFiles(asFile('cards.csv', 'stage,step,lane,text\n"never closed,a,b,c\n', 'text/csv'));
  await expect(alert).toContainText('line 2: a quoted cell is never closed');
  await input.setInputFiles(asFile('notes.txt', 'hello there', 'text/plain'));
  await expect(alert).toContainText('the format is not recognised');
  // Size limits belong to each format (a backup has none of its own): Mermaid takes up to 32 MB.
  await input.setInputFiles({ name: 'huge.mmd', mimeType: 'text/plain', buffer: Buffer.alloc(33 * 1024 * 1024, 0x20) }, { timeout: EXPORT_TIMEOUT });
  await expect(alert).toContainText('the file is too large (a Mermaid file may be up to 32 MB)');
  await dialog.getByLabel('Or paste Mermaid journey text').fill('journey\n  section A\n    Task: 7: Me');
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(alert).toContainText('line 3: score "7" must be a whole number from 1 to 5');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(rows).toHaveCount(1);
});

test('CSV saved by Excel on Chinese Windows (GBK) imports; pasted Mermaid imports; a dropped file imports', async ({ page }) => {
  await page.goto('/');
  const gbk = Buffer.from(
    '73746167652c737465702c656d6f74696f6e2c6c616e652c6c616e6520747970652c746578742c6f776e65720d0acadbc7b02cd7c9d1afbfcdb7fe2c2d322ccdb4b5e32c7061696e2cb5c8b4fdcab1bce4ccabb3a4a3acbfcdb7fecbb5b2bbc7e5b3fe2cbfcdb7fe0d0a',
    'hex',
  );
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles({ name: '痛点.csv', mimeType: 'text/csv', buffer: gbk });
  await expect(page.getByRole('group', { name: '等待时间太长，客服说不清楚' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Stage: 售前' })).toBeVisible();

  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('Or paste Mermaid journey text').fill('journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n');
  await page.getByRole('button', { name: 'Import text' }).click();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('My working day');
  await expect(page.getByRole('slider', { name: 'Emotion: Make tea' })).toHaveAttribute('aria-valuenow', '3');

  // drop a file on the window
  const json = exportJson(broadbandMap());
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, json);
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('宽带移机 服务蓝图');
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
});

test('a hostile map imports and exports without running anything; its text shows as typed', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
  });
  await importInLibrary(page, mapFile(hostileMap(), 'hostile.json'));
  for (const p of PAYLOADS) await expect(page.getByRole('group', { name: p, exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(PAYLOADS[0]!);
  await expect(page.getByRole('group', { name: `Step: ${PAYLOADS[3]}` })).toBeVisible();
  await expect(page.getByRole('group', { name: `Lane: ${PAYLOADS[4]}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Persona goals' })).toHaveValue(PAYLOADS[1]!);
  await expect(page.getByRole('textbox', { name: 'Scenario' })).toHaveValue(PAYLOADS[0]!);
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByRole('complementary', { name: 'Experience analysis' })).toContainText(PAYLOADS[0]!); // the owner, as text
  // a 1 MB label is refused on import with a clear message; typing stops at the limit
  const huge = JSON.parse(exportJson(broadbandMap()));
  huge.cards[0].text = 'x'.repeat(1_000_000);
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(asFile('huge-label.json', JSON.stringify(huge)));
  await expect(page.getByRole('dialog', { name: 'Import a map' }).getByRole('alert')).toContainText('cards.0.text');
  await page.getByRole('dialog', { name: 'Import a map' }).getByRole('button', { name: 'Close' }).click();
  await cell(page, '客户行为', 'Step 2').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('y'.repeat(1_000_000));
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-card][aria-label="${'y'.repeat(10_000)}"]`)).toHaveCount(1);
  const svg = (await exportAs(page, 'SVG (vector)')).bytes.toString('utf8');
  expect(svg).not.toMatch(/<script|<img|<svg on/i); // the payloads appear only escaped, as text
  const markup = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      tags: [...new Set(all.map((e) => e.tagName))].sort(),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)).map((a) => a.name)),
    };
  }, svg);
  expect(markup.handlers).toEqual([]);
  expect(markup.tags).toEqual(['circle', 'defs', 'g', 'line', 'marker', 'path', 'rect', 'svg', 'text', 'title', 'tspan']);
  // open the exported SVG itself as a document (in a page of its own: the app's CSP forbids frames)
  const viewer = await page.context().newPage();
  await viewer.addInitScript(() => ((window as unknown as { __pwned?: number }).__pwned = undefined));
  await viewer.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
  const result = await viewer.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    texts: [...document.querySelectorAll('text')].map((t) => t.textContent).join('|'),
  }));
  await viewer.close();
  expect(result.pwned).toBeUndefined();
  for (const p of PAYLOADS) expect(result.texts).toContain(p.replace(/\u202e|\u202c/g, (c) => c));
  const png = await exportAs(page, 'PNG image', { scale: '1×' });
  expect(pngSize(png.bytes).width).toBeGreaterThan(1000);
  const pdf = (await exportAs(page, 'PDF', { paper: 'A4 landscape' })).bytes.toString('latin1');
  expect(pdf).not.toMatch(/\/JavaScript|\/JS\b|\/OpenAction|\/AA\b/); // pages are images; nothing in a PDF can run
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
