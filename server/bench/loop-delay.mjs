// Preloaded into the benchmarked server (NODE_OPTIONS=--import): on SIGUSR2 it prints the main
// thread's event-loop delay and garbage-collection pauses since the last signal, so the bench can
// tell a busy server from a busy machine.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
let gc = { count: 0, totalMs: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.totalMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

process.on('SIGUSR2', () => {
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  const report = { p50: ms(histogram.percentile(50)), p95: ms(histogram.percentile(95)), max: ms(histogram.max), gcMaxMs: Math.round(gc.maxMs), gcTotalMs: Math.round(gc.totalMs) };
  console.log(`JP_LOOP_DELAY ${JSON.stringify(report)}`);
  histogram.reset();
  gc = { count: 0, totalMs: 0, maxMs: 0 };
});
