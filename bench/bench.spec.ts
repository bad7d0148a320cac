import { chromium, test, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { exportJson } from '../src/domain/formats/json';
import { layoutMap, METRICS } from '../src/domain/layout';
import { routeConnections } from '../src/domain/routing';
import { estimateMeasure } from '../src/domain/wrap';
import { BENCH_PORT, chromiumArgs, executablePath } from '../e2e/browser';
import { generateMap } from './generate';
import { boardReady, installProbes, measureInteraction, median, nextFrame, percentile, records } from './measure';

/**
 * `npm run bench`: generated maps (fixed seed) of 500, 2,000 and 5,000 cards, measured in
 * Debian's Chromium with a persistent profile at 1280×800, scale 1. Prints a table, writes
 * bench/results/latest.json and says which budgets in bench/budgets.json are missed.
 * BENCH_SMOKE=1 runs 500 cards once (part of `npm test`, so the harness never rots).
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const SIZES = SMOKE ? [500] : process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [500, 2000, 5000];
const REPEATS = SMOKE ? 1 : 3;
/** BENCH_ONLY=routing,slides (…) runs only those parts (startup, sizes, import, routing, slides); calibration always runs. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const runs = (part: string) => !ONLY || ONLY.includes(part);
const BASE = `http://localhost:${BENCH_PORT}`;

type Results = Record<string, number>;
type BenchWindow = { __floor: (row: unknown, n: number) => Promise<number> };

/**
 * The floor an edit's commit is measured against, timed the same way: from the main thread's
 * clock when the request leaves, to the worker's clock when its IndexedDB transaction completes,
 * from a worker, as the app's saves are. It appends a row shaped like the app's (a map id and an
 * update of an edit's size) to an auto-increment store of its own database (appending to the
 * app's log would change the map). Served from the app's origin (the CSP allows only same-origin
 * workers). `__floor(row, 1)` is one paced append; `__floor(row, n)` the median of n
 * back-to-back appends, timed inside the worker.
 */
const FLOOR_WORKER = `let db = null;
onmessage = async (e) => {
  db ??= await new Promise((resolve, reject) => {
    const req = indexedDB.open('bench-floor', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('updates', { autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const times = [];
  for (let i = 0; i < e.data.n; i++) {
    const t0 = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction('updates', 'readwrite');
      tx.objectStore('updates').add({ mapId: e.data.row.mapId, update: new Uint8Array(e.data.row.update) });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  postMessage({ completedAt: performance.timeOrigin + performance.now(), median: times[Math.floor(times.length / 2)] });
};`;
const FLOOR_SOURCE = `(() => {
  const worker = new Worker('/__bench/floor-worker.js');
  window.__floor = (row, n) => new Promise((resolve) => {
    const t0 = performance.now();
    worker.onmessage = (e) => resolve(n === 1 ? e.data.completedAt - performance.timeOrigin - t0 : e.data.median);
    worker.postMessage({ row, n });
  });
})()`;

/**
 * A fixed workload measured in the same run, so that budgets mean the same on a slow laptop and
 * a fast one: `cpu` draws a fixed scene of boxes and CJK text on a canvas and reads it back (what
 * opening, panning and exporting lean on); `idb` writes 2,000 rows in one IndexedDB transaction
 * (what saving and importing lean on). Medians of 5.
 */
async function calibrate(page: Page): Promise<{ cpu: number; idb: number }> {
  return page.evaluate(async () => {
    const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const cpu = () => {
      const canvas = new OffscreenCanvas(1600, 1200);
      const ctx = canvas.getContext('2d')!;
      const t0 = performance.now();
      ctx.font = '14px sans-serif';
      for (let i = 0; i < 3000; i++) {
        const x = (i * 37) % 1500;
        const y = (i * 91) % 1150;
        ctx.fillStyle = `hsl(${i % 360} 60% 85%)`;
        ctx.fillRect(x, y, 96, 40);
        ctx.fillStyle = '#1c2430';
        ctx.fillText(`客户行为 step ${i}`, x + 4, y + 22);
      }
      ctx.getImageData(0, 0, 1600, 1200);
      return performance.now() - t0;
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('bench-calibration', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('rows', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const idb = async (round: number) => {
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('rows', 'readwrite');
        const store = tx.objectStore('rows');
        for (let i = 0; i < 2000; i++) store.put({ id: i, round, text: `客户拨打10000号 card ${i}`, laneId: 'lane-3', stepId: `s${i % 40}` });
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      return performance.now() - t0;
    };
    const cpus: number[] = [];
    const idbs: number[] = [];
    for (let r = 0; r < 5; r++) {
      cpus.push(cpu());
      idbs.push(await idb(r));
    }
    db.close();
    return { cpu: med(cpus), idb: med(idbs) };
  });
}

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
  // The app's instrumentation (src/instrument.ts) is off unless this is set before it loads.
  await context.addInitScript(() => ((window as unknown as { __JP_INSTRUMENT__: boolean }).__JP_INSTRUMENT__ = true));
  await context.route('**/__bench/floor-worker.js', (route) => route.fulfill({ body: FLOOR_WORKER, contentType: 'text/javascript' }));
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, dir };
}

async function importMap(page: Page, cards: number, id: string, map = generateMap(cards, 42, id)): Promise<number> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  const input = page.getByLabel('File (JSON, CSV or Mermaid)');
  await input.evaluate((el) => el.addEventListener('change', () => ((window as unknown as { __t0: number }).__t0 = performance.now()), { once: true }));
  await input.setInputFiles({ name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(exportJson(map)) });
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
    await page.waitForFunction(() => {
      const b = document.querySelector('.board');
      return b && b.getAttribute('data-fitted') === b.getAttribute('data-fit-requested');
    });
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
    put(`overview_${cards}_main_ms_per_step`, overview.mainThreadMsPerStep);
    put(`overview_${cards}_long_tasks`, overview.longTasks);

    // 5. edit commit: single-card edits, from the edit applied (main thread) to its IndexedDB
    // transaction complete (the saving worker's clock). The floor is a put of the same card row
    // into the same store, from a worker, timed the same way, made right after each edit's commit
    // so it runs at the same pace (one transaction after a pause, as an edit's is).
    // Back-to-back puts, which find the database's threads awake, are printed beside it.
    await page.goto('about:blank');
    await page.goto(`/#/map/${id}`);
    await boardReady(page, id);
    await installProbes(page);
    await page.evaluate(FLOOR_SOURCE);
    const edits = SMOKE ? 10 : 100;
    const commit: number[] = [];
    const floor: number[] = [];
    const target = page.locator('.react-flow__node-card [data-card]').first();
    // An edit's update is a few hundred bytes (a card's text and its keys).
    const row = { mapId: id, update: Array.from({ length: 240 }, (_, i) => (i * 31) % 256) };
    await page.evaluate((row) => (window as unknown as BenchWindow).__floor(row, 1), row); // opens the worker's connection
    const longSince = (t: number) => page.evaluate((since) => (window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench.longTasks.filter((x) => x.start >= since && x.duration > 50).length, t);
    /** `n` single-card edits: each commit's edit-to-disk time and a paced floor put after it. */
    const editLoop = async (n: number, out = { commit, floor }) => {
      for (let i = 0; i < n; i++) {
        const before = (await records(page, 'commit')).length;
        await target.focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('End');
        await page.keyboard.type(i % 2 ? 'x' : 'y');
        await page.keyboard.press('Enter');
        await page.waitForFunction((n) => ((window as unknown as { __jp: { records: Record<string, number[]> } }).__jp.records.commit?.length ?? 0) > n, before, { polling: 5 });
        out.commit.push((await records(page, 'commit'))[before]!);
        out.floor.push(await page.evaluate((row) => (window as unknown as BenchWindow).__floor(row, 1), row));
      }
    };
    const editStart = await page.evaluate(() => performance.now());
    await editLoop(edits);
    const longDuringEdits = await longSince(editStart);
    let slowLongTasks: number | null = null;
    if (cards >= 5000) {
      // The same edits with the main thread slowed 1.7× (Chromium's CPU throttling), the speed of
      // the slower laptop the budgets were checked on: long tasks there are what such users feel.
      // Informational for now: an edit that grows its card by a line moves every card below,
      // and that task (re-routing every arrow, rebuilding every node) crosses 50 ms there. Its
      // commits are kept out of the figures below.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1.7 });
      const slowStart = await page.evaluate(() => performance.now());
      await editLoop(edits, { commit: [], floor: [] });
      slowLongTasks = await longSince(slowStart);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
    }
    // The commit's median moves with how many edits meet a busy core: from 100 edits its spread
    // between runs was about 12 % (bootstrap), from 300 about 7 %. Long tasks stay per 100 edits.
    if (!SMOKE) await editLoop(2 * edits);
    const backToBack = await page.evaluate(({ row, n }) => (window as unknown as BenchWindow).__floor(row, n), { row, n: edits });
    put(`commit_${cards}_median_ms`, median(commit));
    put(`commit_${cards}_p95_ms`, percentile(commit, 95));
    put(`commit_${cards}_floor_median_ms`, median(floor));
    put(`commit_${cards}_floor_p95_ms`, percentile(floor, 95));
    put(`commit_${cards}_floor_back_to_back_ms`, backToBack);
    put(`commit_${cards}_ratio`, median(commit) / median(floor));
    put(`commit_${cards}_ratio_back_to_back`, median(commit) / backToBack);
    put(`commit_${cards}_long_tasks`, longDuringEdits);
    if (slowLongTasks !== null) put(`commit_${cards}_long_tasks_at_1_7x`, slowLongTasks);

    // 7. export PNG 2×
    if (cards === 2000 || SMOKE) {
      await page.getByRole('button', { name: 'Export' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('radio', { name: 'PNG image' }).check();
      await dialog.getByRole('radio', { name: '2×' }).check();
      const pngMark = await page.evaluate(() => performance.now());
      const t0 = Date.now();
      await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
      put(`export_png2x_${cards}_ms`, Date.now() - t0);
      put(`export_png2x_${cards}_long_tasks`, await longSince(pngMark));
      for (const phase of ['svg', 'raster', 'encode', 'megapixels']) {
        put(`export_png2x_${cards}_${phase}${phase === 'megapixels' ? '' : '_ms'}`, (await records(page, `export:${phase}`)).pop() ?? NaN);
      }
      // PDF on A4 (no budget; printed so a change in its cost shows)
      await dialog.getByRole('radio', { name: 'PDF', exact: true }).check();
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
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500))); // let the first paint's garbage become collectable
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

/**
 * Startup: the JavaScript a first visit must fetch before the library shows (the entry chunk and
 * what it preloads, gzipped as served), and the time from navigation to an interactive library on
 * a cold cache (a fresh profile: no HTTP cache, no service worker, empty IndexedDB).
 */
async function benchStartup() {
  const dist = new URL('../dist/', import.meta.url);
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
  put('initial_js_gzip_kb', files.reduce((n, f) => n + gzipSync(readFileSync(new URL(f, dist)), { level: 9 }).length, 0) / 1024);
  const visits: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const { context, page, dir } = await launch();
    try {
      await context.addInitScript(() => {
        // The first frame in which the library's "New journey map" button can be clicked.
        const w = window as unknown as { __libraryAt?: number };
        const check = () => {
          const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === 'New journey map');
          if (b && !b.disabled) w.__libraryAt = performance.now();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      await page.goto('/');
      await page.waitForFunction(() => (window as unknown as { __libraryAt?: number }).__libraryAt !== undefined);
      visits.push(await page.evaluate(() => (window as unknown as { __libraryAt: number }).__libraryAt));
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  put('first_visit_library_ms', median(visits));
}

/**
 * Routing (src/domain/routing): every connection of the benchmark's maps routed around the cards,
 * a third of them labelled, on a fresh layout object each time (as after an edit that moves a
 * card: nothing memoised). In this process's V8, calibrated like a browser figure. Median of 25,
 * after 3 that warm the compiler up.
 */
function benchRouting() {
  const measure = estimateMeasure(METRICS.fontSize);
  const labelWidth = (s: string) => measure(s) * (12 / METRICS.fontSize);
  for (const cards of SMOKE ? [500] : [500, 5000]) {
    const map = generateMap(cards);
    const connections = map.connections.map((k, i) => (i % 3 ? k : { ...k, label: '转交 hand-off' }));
    const layout = layoutMap(map, measure);
    const times: number[] = [];
    for (let i = 0; i < 28; i++) {
      const fresh = { ...layout };
      const t0 = performance.now();
      routeConnections(fresh, connections, labelWidth);
      if (i >= 3) times.push(performance.now() - t0); // the first runs compile the router
    }
    put(`routing_${cards}_ms`, median(times));
  }
}

/**
 * Slides of a 2,000-card map over 12 steps (crowded stages, split over several slides): from the
 * click on Download to the file, as PDF (16:9, a picture and real text a page) and as PPTX.
 */
async function benchSlides() {
  const id = 'bench-slides';
  const { context, page, dir } = await launch();
  try {
    await importMap(page, 2000, id, generateMap(2000, 42, id, { steps: 12 }));
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    for (const [key, label] of [['slides_pdf_2000_ms', 'Slides (PDF, 16:9)'], ['slides_pptx_2000_ms', 'Slides (PowerPoint)']] as const) {
      await dialog.getByRole('radio', { name: label }).check();
      const t0 = Date.now();
      await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), dialog.getByRole('button', { name: 'Download' }).click()]);
      put(key, Date.now() - t0);
      // The next export starts once this one has said it is done.
      await dialog.getByRole('button', { name: 'Download' }).and(page.locator(':enabled')).waitFor();
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchCalibration(): Promise<{ cpu: number; idb: number }> {
  const { context, page, dir } = await launch();
  try {
    await page.goto('/');
    const c = await calibrate(page);
    put('calibration_cpu_ms', c.cpu);
    put('calibration_idb_ms', c.idb);
    return c;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `headroom`: the budget is the figure of a reference run times this (BENCH_REBASE=1 resets it). */
type Budget = { max: number; per?: 'cpu' | 'idb'; headroom?: number; reason: string };
type Budgets = { _calibration: { cpu: number; idb: number; note: string } } & Record<string, Budget>;

test('benchmarks', async () => {
  const before = await benchCalibration();
  if (runs('startup')) await benchStartup();
  if (runs('routing')) benchRouting();
  if (runs('sizes')) for (const cards of SIZES) await benchSize(cards);
  if (runs('slides') && !SMOKE && !process.env.BENCH_SIZES) await benchSlides();

  // 6. import a 10,000-card file (not in the smoke run)
  if (runs('import') && !SMOKE && !process.env.BENCH_SIZES) {
    const { context, page, dir } = await launch();
    try {
      put('import_10000_ms', await importMap(page, 10_000, 'bench-10000'));
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
    if (runs('sizes')) put('drag_cost_ratio_5000_500', results.drag_5000_main_ms_per_move! / results.drag_500_main_ms_per_move!);
  }

  // Calibrate again at the end: the machine's pace over the whole run (the load may have changed).
  const after = await benchCalibration();
  const calib = { cpu: median([before.cpu, after.cpu]), idb: median([before.idb, after.idb]) };
  put('calibration_cpu_ms', calib.cpu);
  put('calibration_idb_ms', calib.idb);

  // A time budget is set on the reference machine (its calibration is in budgets.json); a figure
  // is compared after scaling it by how much faster or slower this machine ran the calibration.
  const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as Budgets;
  const rows = Object.entries(results).map(([key, value]) => {
    const budget = key.startsWith('_') ? undefined : (budgets[key] as Budget | undefined);
    const calibrated = budget?.per ? Math.round(((value * budgets._calibration[budget.per]) / calib[budget.per]) * 100) / 100 : undefined;
    return { key, value, calibrated, budget: budget?.max, ok: budget ? (calibrated ?? value) <= budget.max : undefined };
  });
  const missed = rows.filter((r) => r.ok === false);
  // BENCH_REBASE=1 (a full run on a quiet reference machine): this run's calibration becomes the
  // reference, and every budget with a headroom becomes this run's figure times that headroom.
  if (process.env.BENCH_REBASE === '1' && !SMOKE) {
    budgets._calibration = { ...budgets._calibration, cpu: calib.cpu, idb: calib.idb };
    for (const [key, b] of Object.entries(budgets)) {
      if (key.startsWith('_') || !(b as Budget).headroom || results[key] === undefined) continue;
      (b as Budget).max = Math.round(results[key]! * (b as Budget).headroom! * 10) / 10;
    }
    writeFileSync(new URL('./budgets.json', import.meta.url), `${JSON.stringify(budgets, null, 2)}\n`);
    console.log('\nbench/budgets.json rebased on this run.');
  }
  const w = Math.max(...rows.map((r) => r.key.length));
  console.log(`\ncalibration: canvas ${calib.cpu} ms, IndexedDB batch ${calib.idb} ms (reference ${budgets._calibration.cpu} / ${budgets._calibration.idb} ms)`);
  console.log(`\n${'metric'.padEnd(w)}  ${'raw'.padStart(10)}  ${'calibrated'.padStart(10)}  ${'budget'.padStart(8)}`);
  for (const r of rows) console.log(`${r.key.padEnd(w)}  ${String(r.value).padStart(10)}  ${(r.calibrated === undefined ? '' : String(r.calibrated)).padStart(10)}  ${r.budget === undefined ? ''.padStart(8) : String(r.budget).padStart(8)}  ${r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'}`);
  const note = SMOKE ? ' (smoke run: informational, budgets are not enforced)' : '';
  console.log(missed.length ? `\nMissed budgets${note}: ${missed.map((m) => m.key).join(', ')}` : `\nAll budgets met${note}.`);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL(`./results/${SMOKE ? 'smoke' : 'latest'}.json`, import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), smoke: SMOKE, machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, calibration: calib, results, calibrated: Object.fromEntries(rows.filter((r) => r.calibrated !== undefined).map((r) => [r.key, r.calibrated])), missed: missed.map((m) => m.key) }, null, 2)}\n`,
  );
});
