import { chromium, test, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJson } from '../src/domain/formats/json';
import { BENCH_PORT, chromiumArgs, executablePath } from '../e2e/browser';
import { generateMap } from './generate';
import { boardReady, installProbes, measureInteraction, median, nextFrame } from './measure';

/**
 * `npm run bench`: generated maps (fixed seed) of 500, 2,000 and 5,000 cards, measured in
 * Debian's Chromium with a persistent profile at 1280×800, scale 1. Prints a table, writes
 * bench/results/latest.json and says which budgets in bench/budgets.json are missed.
 * BENCH_SMOKE=1 runs 500 cards once (part of `npm test`, so the harness never rots).
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const SIZES = SMOKE ? [500] : process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [500, 2000, 5000];
const REPEATS = SMOKE ? 1 : 3;
const BASE = `http://localhost:${BENCH_PORT}`;

type Results = Record<string, number>;
type BenchWindow = { __rawPut: (mapId: string, cardId: string, n: number) => Promise<number> };

/**
 * Installs window.__rawPut: puts the stored row of one card into a database of the benchmark's
 * own, n times back to back; resolves with the median time per put.
 */
const RAW_PUT_SOURCE = `(() => {
  const open = (name, upgrade) => new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    if (upgrade) req.onupgradeneeded = () => upgrade(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  let dbs = null;
  let row = null;
  window.__rawPut = async (mapId, cardId, n) => {
    dbs ??= await Promise.all([open('journeyprint'), open('bench-raw', (db) => db.createObjectStore('cards', { keyPath: ['mapId', 'id'] }))]);
    const [app, raw] = dbs;
    // Read once (n = 0 before the edits), so no read wakes the database just before a timed put.
    row ??= await new Promise((resolve) => {
      const r = app.transaction('cards').objectStore('cards').get([mapId, cardId]);
      r.onsuccess = () => resolve(r.result);
    });
    // Since schema 5 a card has no row of its own (the map is a Yjs update log): put one of a card's size.
    row ??= { mapId, id: cardId, laneId: mapId + '-lane1', stepId: mapId + '-step1', order: 0, text: '客户拨打热线 calls the hotline', color: null, failPoint: false, waitMin: null, channel: null, rootCause: '', owner: '', metricType: null, metricValue: null, sampleSize: null };
    if (!n) return 0;
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const tx = raw.transaction('cards', 'readwrite');
        tx.objectStore('cards').put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  };
})()`;
const results: Results = {};
const put = (key: string, value: number) => (results[key] = Math.round(value * 100) / 100);

async function launch(): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'journeyprint-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    baseURL: BASE,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(120_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, dir };
}

async function importMap(page: Page, cards: number, id: string): Promise<number> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  const input = page.getByLabel('File (JSON, CSV or Mermaid)');
  await input.evaluate((el) => el.addEventListener('change', () => ((window as unknown as { __t0: number }).__t0 = performance.now()), { once: true }));
  await input.setInputFiles({ name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(exportJson(generateMap(cards, 42, id))) });
  const ready = await boardReady(page, id, 120_000);
  return ready - (await page.evaluate(() => (window as unknown as { __t0: number }).__t0));
}

/** A point on the board where a drag pans (an empty cell), near the middle of the viewport. */
async function panPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.react-flow').boundingBox())!;
  return page.evaluate((b) => {
    for (let dy = 0; dy < b.height / 2; dy += 17) {
      for (let dx = 0; dx < b.width / 2; dx += 23) {
        const x = b.x + b.width / 2 - dx;
        const y = b.y + b.height / 2 - dy;
        const el = document.elementFromPoint(x, y);
        if (el?.closest('.react-flow__node-cell') && !el.closest('.react-flow__node-card')) return { x, y };
      }
    }
    return { x: b.x + 20, y: b.y + b.height - 20 };
  }, box);
}

async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps: number) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (dx * i) / steps, from.y + (dy * i) / steps);
    await nextFrame(page);
  }
  await page.mouse.up();
}

async function benchSize(cards: number) {
  const id = `bench-${cards}`;
  const { context, page, cdp, dir } = await launch();
  try {
    await importMap(page, cards, id);

    // 1. open: from navigation to the board ready, the map already in IndexedDB
    const opens: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      await page.goto('about:blank');
      await page.goto(`/#/map/${id}`);
      opens.push(await boardReady(page, id));
    }
    put(`open_${cards}_ms`, median(opens));
    await installProbes(page);

    // 2. pan at working zoom: 60 paced drag steps
    const start = await panPoint(page);
    const pan = await measureInteraction(page, cdp, 60, () => drag(page, start, -600, -240, 60));
    put(`pan_${cards}_p95_ms`, pan.p95);
    put(`pan_${cards}_main_ms_per_step`, pan.mainThreadMsPerStep);
    put(`pan_${cards}_long_tasks`, pan.longTasks);

    // 4. drag one card 60 steps (before the overview changes the zoom)
    const card = page.locator('.react-flow__node-card').first();
    const cb = (await card.boundingBox())!;
    const dragged = await measureInteraction(page, cdp, 60, () => drag(page, { x: cb.x + cb.width / 2, y: cb.y + cb.height / 2 }, 180, 120, 60));
    put(`drag_${cards}_p95_ms`, dragged.p95);
    put(`drag_${cards}_main_ms_per_move`, dragged.mainThreadMsPerStep);
    put(`drag_${cards}_long_tasks`, dragged.longTasks);
    await page.keyboard.press('Control+Z');

    // 3. overview: fit the whole map, then pan and 30 wheel zooms
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.waitForTimeout(400);
    const box = (await page.locator('.react-flow').boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const overview = await measureInteraction(page, cdp, 90, async () => {
      await drag(page, await panPoint(page), -200, -100, 60);
      await page.mouse.move(centre.x, centre.y);
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, i < 15 ? -120 : 120);
        await nextFrame(page);
      }
    });
    put(`overview_${cards}_p95_ms`, overview.p95);
    put(`overview_${cards}_long_tasks`, overview.longTasks);

    // 5. edit commit: single-card edits, edit → IndexedDB transaction complete. The floor is a raw
    // put of the same card row, made in the same loop right after each edit's commit, so it runs at
    // the same pace (one transaction after a pause, as an edit's is). Back-to-back puts, which
    // find the database's threads already awake and run 2-3× faster, are reported beside it.
    await page.goto('about:blank');
    await page.goto(`/#/map/${id}`);
    await boardReady(page, id);
    await installProbes(page);
    await page.evaluate(RAW_PUT_SOURCE);
    const edits = SMOKE ? 10 : 100;
    const commit: number[] = [];
    const floor: number[] = [];
    const target = page.locator('.react-flow__node-card [data-card]').first();
    const cardId = (await target.getAttribute('data-card'))!;
    await page.evaluate(({ mapId, cardId }) => (window as unknown as BenchWindow).__rawPut(mapId, cardId, 0), { mapId: id, cardId });
    const editStart = await page.evaluate(() => performance.now());
    for (let i = 0; i < edits; i++) {
      await page.evaluate(() => performance.clearMeasures('jp:commit'));
      await target.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.type(i % 2 ? 'x' : 'y');
      await page.keyboard.press('Enter');
      commit.push(await page.evaluate(() => new Promise<number>((resolve) => {
        const poll = () => {
          const m = performance.getEntriesByName('jp:commit')[0];
          if (m) resolve(m.duration);
          else setTimeout(poll, 1);
        };
        poll();
      })));
      floor.push(await page.evaluate(({ mapId, cardId }) => (window as unknown as BenchWindow).__rawPut(mapId, cardId, 1), { mapId: id, cardId }));
    }
    const longDuringEdits = await page.evaluate((t) => (window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench.longTasks.filter((x) => x.start >= t && x.duration > 50).length, editStart);
    const backToBack = await page.evaluate(({ mapId, cardId, n }) => (window as unknown as BenchWindow).__rawPut(mapId, cardId, n), { mapId: id, cardId, n: edits });
    put(`commit_${cards}_median_ms`, median(commit));
    put(`commit_${cards}_p95_ms`, commit.slice().sort((a, b) => a - b)[Math.ceil(commit.length * 0.95) - 1]!);
    put(`commit_${cards}_raw_put_median_ms`, median(floor));
    put(`commit_${cards}_raw_put_back_to_back_ms`, backToBack);
    put(`commit_${cards}_ratio`, median(commit) / median(floor));
    put(`commit_${cards}_ratio_back_to_back`, median(commit) / backToBack);
    put(`commit_${cards}_long_tasks`, longDuringEdits);

    // 7. export PNG 2×
    if (cards === 2000 || SMOKE) {
      await page.getByRole('button', { name: 'Export' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('radio', { name: 'PNG image' }).check();
      await dialog.getByRole('radio', { name: '2×' }).check();
      const longSince = (t: number) => page.evaluate((since) => (window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench.longTasks.filter((x) => x.start >= since && x.duration > 50).length, t);
      const pngMark = await page.evaluate(() => performance.now());
      const t0 = Date.now();
      await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
      put(`export_png2x_${cards}_ms`, Date.now() - t0);
      put(`export_png2x_${cards}_long_tasks`, await longSince(pngMark));
      for (const phase of ['svg', 'raster', 'encode']) {
        put(`export_png2x_${cards}_${phase}_ms`, await page.evaluate((n) => performance.getEntriesByName(n).pop()?.duration ?? NaN, `jp:export:${phase}`));
      }
      put(`export_png2x_${cards}_megapixels`, await page.evaluate(() => performance.getEntriesByName('jp:export:pixels').pop()?.duration ?? NaN));
      // PDF on A4 (no budget; printed so a change in its cost shows)
      await dialog.getByRole('radio', { name: 'PDF' }).check();
      const pdfMark = await page.evaluate(() => performance.now());
      const p0 = Date.now();
      await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
      put(`export_pdf_${cards}_ms`, Date.now() - p0);
      put(`export_pdf_${cards}_long_tasks`, await longSince(pdfMark));
      await dialog.getByRole('button', { name: 'Close' }).click();
    }

    // 8. memory with the map open
    if (cards === 5000 || SMOKE) {
      await page.goto('about:blank');
      await page.goto(`/#/map/${id}`);
      await boardReady(page, id);
      await page.waitForTimeout(500);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      put(`heap_${cards}_mb`, heap.usedSize / 1024 / 1024);
      const dom = await page.evaluate(() => {
        const cardsMounted = [...document.querySelectorAll('.react-flow__node-card')];
        const inCards = cardsMounted.reduce((n, c) => n + c.getElementsByTagName('*').length + 1, 0);
        return { total: document.getElementsByTagName('*').length, mounted: cardsMounted.length, perCard: cardsMounted.length ? inCards / cardsMounted.length : 0 };
      });
      put(`dom_${cards}_elements`, dom.total);
      put(`dom_${cards}_mounted_cards`, dom.mounted);
      put(`dom_${cards}_elements_per_card`, dom.perCard);
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('benchmarks', async () => {
  for (const cards of SIZES) await benchSize(cards);

  // 6. import a 10,000-card file (not in the smoke run)
  if (!SMOKE && !process.env.BENCH_SIZES) {
    const { context, page, dir } = await launch();
    try {
      put('import_10000_ms', await importMap(page, 10_000, 'bench-10000'));
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
    put('drag_cost_ratio_5000_500', results.drag_5000_main_ms_per_move! / results.drag_500_main_ms_per_move!);
  }

  const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as Record<string, { max: number; note: string }>;
  const rows = Object.entries(results).map(([key, value]) => {
    const budget = budgets[key];
    return { key, value, budget: budget?.max, ok: budget ? value <= budget.max : undefined };
  });
  const missed = rows.filter((r) => r.ok === false);
  const w = Math.max(...rows.map((r) => r.key.length));
  console.log(`\n${'metric'.padEnd(w)}  ${'value'.padStart(10)}  ${'budget'.padStart(8)}`);
  for (const r of rows) console.log(`${r.key.padEnd(w)}  ${String(r.value).padStart(10)}  ${r.budget === undefined ? ''.padStart(8) : String(r.budget).padStart(8)}  ${r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'}`);
  const note = SMOKE ? ' (smoke run: informational, budgets are not enforced)' : '';
  console.log(missed.length ? `\nMissed budgets${note}: ${missed.map((m) => m.key).join(', ')}` : `\nAll budgets met${note}.`);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL(`./results/${SMOKE ? 'smoke' : 'latest'}.json`, import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), smoke: SMOKE, machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, results, missed: missed.map((m) => m.key) }, null, 2)}\n`,
  );
});
