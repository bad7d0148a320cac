import type { CDPSession, Page } from '@playwright/test';

export function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Installs (once per document) a frame recorder and a long-task observer in the page. */
export async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench?: { frames: number[]; recording: boolean; longTasks: { start: number; duration: number }[] } };
    if (w.__bench) return;
    const bench = { frames: [] as number[], recording: false, longTasks: [] as { start: number; duration: number }[] };
    w.__bench = bench;
    let last = 0;
    const tick = (t: number) => {
      if (bench.recording && last) bench.frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export interface Interaction {
  p95: number;
  mainThreadMsPerStep: number;
  longTasks: number;
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
}

/** Runs an interaction while recording frame times, main-thread time and long tasks. */
export async function measureInteraction(page: Page, cdp: CDPSession, steps: number, run: () => Promise<void>): Promise<Interaction> {
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[]; recording: boolean; mark: number } }).__bench;
    b.frames = [];
    b.recording = true;
    b.mark = performance.now();
  });
  const before = await taskDuration(cdp);
  await run();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await taskDuration(cdp);
  const { frames, long } = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[]; recording: boolean; mark: number; longTasks: { start: number; duration: number }[] } }).__bench;
    b.recording = false;
    return { frames: b.frames, long: b.longTasks.filter((t) => t.start >= b.mark && t.duration > 50).length };
  });
  return { p95: percentile(frames, 95), mainThreadMsPerStep: (after - before) / steps, longTasks: long };
}

/** The figures the app's instrumentation (src/instrument.ts) collected in this document. */
export async function records(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => (window as unknown as { __jp?: { records: Record<string, number[]> } }).__jp?.records[n] ?? [], name);
}

/** Waits for the board of a map to report ready; returns ms since navigation start. */
export async function boardReady(page: Page, mapId: string, timeout = 60_000): Promise<number> {
  await page.locator(`.board[data-map-id="${mapId}"][data-ready]`).waitFor({ timeout });
  const ready = await records(page, 'ready');
  if (!ready.length) throw new Error('no instrumentation: was window.__JP_INSTRUMENT__ set before the app loaded?');
  return ready[ready.length - 1]!;
}

/** One frame's pace between input events, as a person's hand would give them. */
export const nextFrame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
