import { test, chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJson } from '../src/domain/formats/json';
import { chromiumArgs, executablePath } from '../e2e/browser';
import { generateMap } from './generate';
import { boardReady } from './measure';

test('profile an edit', async () => {
  test.setTimeout(300_000);
  const N = Number(process.env.N ?? 5000);
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'p-')), { executablePath, args: chromiumArgs, viewport: { width: 1280, height: 800 }, baseURL: 'http://localhost:4175' });
  const page = ctx.pages()[0]!;
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(exportJson(generateMap(N, 42, 'p'))) });
  await boardReady(page, 'p');
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const target = page.locator('.react-flow__node-card [data-card]').first();
  await target.focus();
  await cdp.send('Profiler.start');
  for (let i = 0; i < 5; i++) {
    await target.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('z');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: (typeof profile.nodes)[number]) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  profile.samples!.forEach((id, i) => {
    const ms = (profile.timeDeltas![i] ?? 0) / 1000;
    const n = byId.get(id)!;
    self.set(name(n), (self.get(name(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const show = (m: Map<string, number>, label: string) => {
    console.log(`--- ${label}`);
    for (const [k, v] of [...m.entries()].filter(([k]) => !/\((idle|program|root)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log(v.toFixed(1).padStart(8), k);
  };
  show(self, 'self');
  show(total, 'total');
  await ctx.close();
});
