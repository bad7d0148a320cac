import type { Layout } from '../layout';
import type { JourneyMap } from '../types';

/** Labels for the step marks; absent labels fall back to short English, as the export is a picture. */
export interface StepMarkLabels {
  keyMoment?: string;
  surprise?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CHIPS = [
  { key: 'surprise', kind: 'surprise', fill: '#ffd54f', color: '#4e3400', text: (l: StepMarkLabels) => `★ ${l.surprise ?? 'Surprise'}` },
  { key: 'keyMoment', kind: 'mot', fill: '#6a1b9a', color: '#ffffff', text: (l: StepMarkLabels) => l.keyMoment ?? 'MOT' },
] as const;

const chipWidth = (text: string, measure: (text: string) => number) => Math.ceil(measure(text) * (10 / 14)) + 10;

/** The room a step's chips take at the right of its header's second row (0 without chips). */
export function stepMarksWidth(step: { keyMoment?: boolean; surprise?: boolean }, labels: StepMarkLabels, measure: (text: string) => number): number {
  const ws = CHIPS.filter((c) => step[c.key]).map((c) => chipWidth(c.text(labels), measure) + 3);
  return ws.length ? ws.reduce((a, b) => a + b, 0) + 4 : 0;
}

/**
 * Moments of truth and surprises as small chips at the right of each step header's second row
 * (beside the duration), like the board shows them, so they never cover the step's title. Kept
 * apart from the main drawing so the exporter calls it in one line.
 */
export function stepMarksSvg(map: JourneyMap, layout: Layout, labels: StepMarkLabels, measure: (text: string) => number): string {
  const out: string[] = [];
  map.stages
    .flatMap((s) => s.steps)
    .forEach((step, i) => {
      const r = layout.steps[i];
      if (!r) return;
      let right = r.x + r.w - 4;
      const top = r.y + r.h - 19;
      for (const c of CHIPS) {
        if (!step[c.key]) continue;
        const text = c.text(labels);
        const w = chipWidth(text, measure);
        right -= w;
        out.push(
          `<g data-mark="${c.kind}"><rect x="${right}" y="${top}" width="${w}" height="15" rx="7.5" fill="${c.fill}"/><text x="${right + w / 2}" y="${top + 11}" font-size="10" font-weight="700" fill="${c.color}" text-anchor="middle">${esc(text)}</text></g>`,
        );
        right -= 3;
      }
    });
  return out.join('');
}
