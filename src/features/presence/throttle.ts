/** Timers, injectable so tests run without waiting. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface Throttled<T> {
  (value: T): void;
  /** Sends what is waiting now. */
  flush(): void;
  /** Drops what is waiting. */
  cancel(): void;
}

/**
 * Sends at most one value per `interval`: the first at once, then the latest of those that came
 * meanwhile at the end of the interval (so the last position always arrives); a value equal to the
 * last one sent is not sent again.
 */
export function throttle<T>(send: (value: T) => void, interval: number, same: (a: T, b: T) => boolean = Object.is, clock: Clock = realClock): Throttled<T> {
  let last = -Infinity;
  let sent: { value: T } | null = null;
  let waiting: { value: T } | null = null;
  let timer: unknown = null;

  const emit = (value: T) => {
    waiting = null;
    if (sent && same(sent.value, value)) return;
    sent = { value };
    last = clock.now();
    send(value);
  };
  const fire = () => {
    timer = null;
    if (waiting) emit(waiting.value);
  };
  const throttled = ((value: T) => {
    const wait = last + interval - clock.now();
    if (wait <= 0 && timer === null) return emit(value);
    waiting = { value };
    if (timer === null) timer = clock.setTimeout(fire, Math.max(0, wait));
  }) as Throttled<T>;
  throttled.flush = () => {
    if (timer !== null) clock.clearTimeout(timer);
    fire();
  };
  throttled.cancel = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    waiting = null;
  };
  return throttled;
}

/** Calls `fn` once `quiet` ms have passed with no new call: the viewport once it settles. */
export function debounce<T>(fn: (value: T) => void, quiet: number, clock: Clock = realClock): Throttled<T> {
  let timer: unknown = null;
  let waiting: { value: T } | null = null;
  const fire = () => {
    timer = null;
    const w = waiting;
    waiting = null;
    if (w) fn(w.value);
  };
  const debounced = ((value: T) => {
    waiting = { value };
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(fire, quiet);
  }) as Throttled<T>;
  debounced.flush = () => {
    if (timer !== null) clock.clearTimeout(timer);
    fire();
  };
  debounced.cancel = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    waiting = null;
  };
  return debounced;
}
