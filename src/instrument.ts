/**
 * Instrumentation for the benchmark, in one place and off by default. The bench turns it on by
 * setting `window.__JP_INSTRUMENT__ = true` before the app loads (Playwright `addInitScript`);
 * otherwise every call below is one test of a constant and returns.
 *
 * When on, figures are collected in `window.__jp`: `records[name]` lists the values in the order
 * they came (ms, or a count), and `editAt` is when the latest edit was applied.
 */
type Instrument = { records: Record<string, number[]>; editAt: number };

const target = globalThis as { __JP_INSTRUMENT__?: boolean; __jp?: Instrument };
export const instrumenting: boolean = target.__JP_INSTRUMENT__ === true;
const state: Instrument | null = instrumenting ? (target.__jp = { records: {}, editAt: 0 }) : null;

/** performance.now() when instrumenting, else 0 (nothing to read). */
export function now(): number {
  return state ? performance.now() : 0;
}

/** Adds a figure to `records[name]`. */
export function record(name: string, value: number): void {
  if (state) (state.records[name] ??= []).push(value);
}

/** Marks the moment an edit is applied to the document (the start of its edit-to-disk time). */
export function edited(): void {
  if (state) state.editAt = performance.now();
}

/** The moment of the latest edit, 0 when not instrumenting. */
export function lastEdit(): number {
  return state ? state.editAt : 0;
}
