import { z } from 'zod';

/**
 * The workshop's shared countdown. Stored as what happened, not as a ticking number: the
 * configured length, the wall-clock moment it (last) started, and the time left when paused.
 * Every client derives the same remaining time from it with its own clock, so nobody has to
 * write the document once a second. Clients whose clocks disagree see the same skew in the
 * countdown (there is no server clock to correct against).
 */
export interface TimerState {
  /** The length it was set to (grows by a minute with "add a minute"). */
  readonly durationMs: number;
  /** Wall clock (ms since 1970) when the running countdown would have begun had it never paused; null when not running. */
  readonly startedAt: number | null;
  /** Time left while paused; null when running or not started. */
  readonly pausedRemainingMs: number | null;
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';

export const MIN_TIMER_MS = 1_000;
export const MAX_TIMER_MS = 24 * 60 * 60_000;
export const MINUTE = 60_000;

const ms = z.number().finite().min(0).max(MAX_TIMER_MS * 2);
export const timerSchema = z.object({
  durationMs: ms,
  startedAt: z.number().finite().min(0).nullable(),
  pausedRemainingMs: ms.nullable(),
});

const clampDuration = (d: number) => Math.min(MAX_TIMER_MS, Math.max(MIN_TIMER_MS, Math.round(d)));

export function timerStatus(t: TimerState | null, now: number): TimerStatus {
  if (!t) return 'idle';
  if (t.pausedRemainingMs !== null) return 'paused';
  if (t.startedAt === null) return 'idle';
  return remainingMs(t, now) > 0 ? 'running' : 'done';
}

/** Time left: the full length before it starts, frozen while paused, never below zero. */
export function remainingMs(t: TimerState | null, now: number): number {
  if (!t) return 0;
  if (t.pausedRemainingMs !== null) return Math.max(0, t.pausedRemainingMs);
  if (t.startedAt === null) return t.durationMs;
  // A clock set back (or a start stamped by a client ahead of ours) never shows more than the length.
  return Math.max(0, Math.min(t.durationMs, t.durationMs - (now - t.startedAt)));
}

/** The moment it ends, which names one run of the timer (the end sound plays once per run). */
export function endsAt(t: TimerState | null): number | null {
  return t && t.startedAt !== null && t.pausedRemainingMs === null ? t.startedAt + t.durationMs : null;
}

export function startTimer(durationMs: number, now: number): TimerState {
  return { durationMs: clampDuration(durationMs), startedAt: now, pausedRemainingMs: null };
}

export function pauseTimer(t: TimerState, now: number): TimerState {
  if (timerStatus(t, now) !== 'running') return t;
  return { durationMs: t.durationMs, startedAt: null, pausedRemainingMs: remainingMs(t, now) };
}

export function resumeTimer(t: TimerState, now: number): TimerState {
  if (t.pausedRemainingMs === null) return t;
  // Backdated so that durationMs stays the length it was set to and remaining continues.
  return { durationMs: t.durationMs, startedAt: now - (t.durationMs - t.pausedRemainingMs), pausedRemainingMs: null };
}

/** One more minute: on a running, paused, finished or idle timer alike. */
export function addMinute(t: TimerState, now: number): TimerState {
  const status = timerStatus(t, now);
  if (status === 'paused') return { ...t, durationMs: clampDuration(t.durationMs + MINUTE), pausedRemainingMs: Math.min(MAX_TIMER_MS, t.pausedRemainingMs! + MINUTE) };
  if (status === 'done') return startTimer(MINUTE, now);
  return { ...t, durationMs: clampDuration(t.durationMs + MINUTE) };
}

/** Back to the full length, not running. */
export function resetTimer(t: TimerState): TimerState {
  return { durationMs: t.durationMs, startedAt: null, pausedRemainingMs: null };
}

/** "4:05", "1:02:03": minutes and seconds, rounded up so 0:00 means the end. */
export function formatRemaining(msLeft: number): string {
  const total = Math.ceil(msLeft / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
