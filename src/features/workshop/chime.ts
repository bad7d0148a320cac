import { create } from 'zustand';

/**
 * The timer's end sound: two soft sine notes made with Web Audio (no sound file to load), and
 * each person's choice to mute it, remembered in this browser.
 */
const MUTE_KEY = 'journeyprint.timerMuted';

function readMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export const useChime = create<{ muted: boolean }>(() => ({ muted: readMuted() }));

export function setMuted(muted: boolean): void {
  useChime.setState({ muted });
  try {
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
  } catch {
    // Private mode: the choice lasts for this page.
  }
}

let context: AudioContext | null = null;

/** Counts the chimes played (e2e reads it from the page: sound cannot be heard in a test). */
let played = 0;

export function playChime(): void {
  if (useChime.getState().muted) return;
  played++;
  document.documentElement.dataset.chimes = String(played);
  try {
    context ??= new AudioContext();
    void context.resume();
    const start = context.currentTime + 0.02;
    [660, 880].forEach((freq, i) => {
      const osc = context!.createOscillator();
      const gain = context!.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const t = start + i * 0.35;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.15, t + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.9);
      osc.connect(gain).connect(context!.destination);
      osc.start(t);
      osc.stop(t + 1);
    });
  } catch {
    // No audio (a browser without Web Audio, or one that refuses before a gesture): silent.
  }
}
