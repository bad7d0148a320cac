import type { Corridors } from './corridors';

/**
 * Parallel runs in one corridor are spread over tracks so arrows never lie on top of each other:
 * interval colouring, greedy by start (optimal for intervals), each colour an offset from the
 * corridor's centre line. A corridor with more overlapping runs than tracks reuses the track that
 * frees up first: arrows then touch, but still never cross a card.
 */

interface Run {
  start: number;
  end: number;
  set: (offset: number) => void;
}

/** What spreadTracks needs of a route draft. */
export interface TrackDraft {
  plan: { kind: string; gutter?: number; g1?: number; g2?: number; band?: number };
  pa: number;
  pb: number;
  gx: Map<number, number>;
  hy: number;
}

function offsets(half: number, step: number): number[] {
  const out = [0];
  for (let k = 1; k * step <= half; k++) out.push(k * step, -k * step);
  return out;
}

function colour(runs: Run[], slots: number[]): void {
  runs.sort((a, b) => a.start - b.start);
  const ends: number[] = [];
  for (const run of runs) {
    let t = ends.findIndex((e) => e < run.start - 4);
    if (t < 0 && ends.length < slots.length) t = ends.length;
    if (t < 0) t = ends.indexOf(Math.min(...ends));
    ends[t] = Math.max(ends[t] ?? -Infinity, run.end);
    run.set(slots[t]!);
  }
}

export function spreadTracks(c: Corridors, drafts: readonly TrackDraft[]): void {
  const gutterRuns = new Map<number, Run[]>();
  const bandRuns = new Map<number, Run[]>();
  const push = (m: Map<number, Run[]>, k: number, run: Run) => {
    const list = m.get(k);
    if (list) list.push(run);
    else m.set(k, [run]);
  };
  const gx = (g: number) => (c.gutters[g]!.left + c.gutters[g]!.right) / 2;
  for (const d of drafts) {
    const p = d.plan;
    if ((p.kind === 'z' || p.kind === 'c') && p.gutter !== undefined) {
      push(gutterRuns, p.gutter, { start: Math.min(d.pa, d.pb), end: Math.max(d.pa, d.pb), set: (o) => d.gx.set(p.gutter!, o) });
    } else if (p.kind === 'channel') {
      const band = c.bands[p.band!]!;
      const y = (band.top + band.bottom) / 2;
      d.hy = y;
      const g1 = p.g1!;
      const g2 = p.g2!;
      if (g1 === g2) {
        push(gutterRuns, g1, { start: Math.min(d.pa, d.pb, y), end: Math.max(d.pa, d.pb, y), set: (o) => d.gx.set(g1, o) });
      } else {
        push(gutterRuns, g1, { start: Math.min(d.pa, y), end: Math.max(d.pa, y), set: (o) => d.gx.set(g1, o) });
        push(gutterRuns, g2, { start: Math.min(d.pb, y), end: Math.max(d.pb, y), set: (o) => d.gx.set(g2, o) });
      }
      push(bandRuns, p.band!, { start: Math.min(gx(g1), gx(g2)), end: Math.max(gx(g1), gx(g2)), set: (o) => (d.hy = y + o) });
    }
  }
  for (const [g, runs] of gutterRuns) {
    const gut = c.gutters[g]!;
    const half = (gut.right - gut.left) / 2 - 1;
    colour(runs, offsets(half, half >= 6 ? 5 : 3));
  }
  for (const [j, runs] of bandRuns) {
    const band = c.bands[j]!;
    colour(runs, offsets((band.bottom - band.top) / 2 - 4, 6));
  }
}
