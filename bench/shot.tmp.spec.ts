import { test, chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJson } from '../src/domain/formats/json';
import { chromiumArgs, executablePath } from '../e2e/browser';
import { generateMap } from './generate';
import { boardReady } from './measure';
test('shots', async () => {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'p-')), { executablePath, args: chromiumArgs, viewport: { width: 1280, height: 800 }, baseURL: 'http://localhost:4175' });
  const page = ctx.pages()[0]!;
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(exportJson(generateMap(2000, 42, 'p'))) });
  await boardReady(page, 'p');
  await page.screenshot({ path: 'test-results/lod-working.png' });
  for (let i = 0; i < 6; i++) { await page.mouse.move(640, 420); await page.mouse.wheel(0, 200); await page.waitForTimeout(80); }
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/lod-zoomed-out.png' });
  await ctx.close();
});
