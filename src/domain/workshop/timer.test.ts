import { describe, expect, it } from 'vitest';
import { addMinute, endsAt, formatRemaining, MINUTE, pauseTimer, remainingMs, resetTimer, resumeTimer, startTimer, timerSchema, timerStatus } from './timer';

describe('the shared timer', () => {
  it('counts down from its start by the wall clock, the same for every client', () => {
    const t = startTimer(5 * MINUTE, 1_000_000);
    expect(timerStatus(t, 1_000_000)).toBe('running');
    expect(remainingMs(t, 1_000_000 + 90_000)).toBe(210_000);
    expect(remainingMs(t, 1_000_000 + 10 * MINUTE)).toBe(0);
    expect(timerStatus(t, 1_000_000 + 5 * MINUTE)).toBe('done');
    // A client whose clock is behind the starter's never shows more than the length.
    expect(remainingMs(t, 999_000)).toBe(5 * MINUTE);
  });

  it('pauses with the time left and resumes from it', () => {
    const t0 = 2_000_000;
    const paused = pauseTimer(startTimer(3 * MINUTE, t0), t0 + 50_000);
    expect(timerStatus(paused, t0 + 999_999)).toBe('paused');
    expect(remainingMs(paused, t0 + 999_999)).toBe(130_000);
    const resumed = resumeTimer(paused, t0 + 500_000);
    expect(timerStatus(resumed, t0 + 500_000)).toBe('running');
    expect(remainingMs(resumed, t0 + 510_000)).toBe(120_000);
    // The length it was set to is kept (reset goes back to it).
    expect(resumed.durationMs).toBe(3 * MINUTE);
    expect(remainingMs(resetTimer(resumed), t0 + 510_000)).toBe(3 * MINUTE);
    expect(timerStatus(resetTimer(resumed), t0)).toBe('idle');
  });

  it('adds a minute while running, paused, or after the end', () => {
    const t0 = 3_000_000;
    const running = startTimer(MINUTE, t0);
    expect(remainingMs(addMinute(running, t0 + 30_000), t0 + 30_000)).toBe(90_000);
    const paused = pauseTimer(running, t0 + 30_000);
    expect(remainingMs(addMinute(paused, t0 + 99_000), t0 + 99_000)).toBe(90_000);
    const ended = addMinute(running, t0 + 5 * MINUTE);
    expect(timerStatus(ended, t0 + 5 * MINUTE)).toBe('running');
    expect(remainingMs(ended, t0 + 5 * MINUTE)).toBe(MINUTE);
  });

  it('names each run by its end, so the end sound plays once per run', () => {
    const t = startTimer(MINUTE, 10_000);
    expect(endsAt(t)).toBe(70_000);
    expect(endsAt(pauseTimer(t, 20_000))).toBeNull();
    expect(endsAt(addMinute(t, 20_000))).toBe(130_000);
  });

  it('formats the time left rounded up, so 0:00 is the end', () => {
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(65_000)).toBe('1:05');
    expect(formatRemaining(3_723_000)).toBe('1:02:03');
  });

  it('refuses a value no client wrote', () => {
    expect(timerSchema.safeParse({ durationMs: -1, startedAt: null, pausedRemainingMs: null }).success).toBe(false);
    expect(timerSchema.safeParse({ durationMs: Infinity, startedAt: 0, pausedRemainingMs: null }).success).toBe(false);
  });
});
