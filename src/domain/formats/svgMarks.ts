import type { Layout } from '../layout';
import type { JourneyMap } from '../types';

/** Labels for the step marks; absent labels fall back to short English, as the export is a picture. */
export interface StepMarkLabels {
  keyMoment?: string;
  surprise?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Moments of truth and surprises as small chips at the top right of each step header, like the
 * board shows them. Kept apart from the main drawing so the exporter calls it in one line.
 */
export function stepMarksSvg(map: JourneyMap, layout: Layout, labels: StepMarkLabels, measure: (text: string) => number): string {
  const out: string[] = [];
  map.stages
    .flatMap((s) => s.steps)
    .forEach((step, i) => {
      const r = layout.steps[i];
      if (!r) return;
      let right = r.x + r.w - 4;
      const chip = (text: string, fill: string, color: string, kind: string) => {
        const w = Math.ceil(measure(text) * (10 / 14)) + 10;
        right -= w;
        out.push(
          `<g data-mark="${kind}"><rect x="${right}" y="${r.y + 3}" width="${w}" height="15" rx="7.5" fill="${fill}"/><text x="${right + w / 2}" y="${r.y + 14}" font-size="10" font-weight="700" fill="${color}" text-anchor="middle">${esc(text)}</text></g>`,
        );
        right -= 3;
      };
      if (step.surprise) chip(`★ ${labels.surprise ?? 'Surprise'}`, '#ffd54f', '#4e3400', 'surprise');
      if (step.keyMoment) chip(labels.keyMoment ?? 'MOT', '#6a1b9a', '#ffffff', 'mot');
    });
  return out.join('');
}
