import { describe, expect, it } from 'vitest';
import { idCounter } from '../../test/fixtures';
import { analyzeJourney } from '../analysis';
import { svgTextRuns } from '../formats/svgText';
import { METRICS } from '../layout';
import { buildFromTemplate } from '../templates/build';
import { TEMPLATES } from '../templates/content';
import { estimateMeasure } from '../wrap';
import { planDeck, primsToSvg, slidePrims, type SlideText } from '.';

const measure = estimateMeasure(METRICS.fontSize);
const text: SlideText = {
  kind: 'Service blueprint',
  overview: 'The journey at a glance',
  stageOf: (n, t) => `Stage ${n} of ${t}`,
  part: (n, t) => `part ${n} of ${t}`,
  peak: 'Peak',
  end: 'End',
  floor: 'Tolerance floor',
  remembered: 'Remembered score',
  average: 'Average',
  rememberedHelp: 'help',
  fixFirst: 'What to fix first',
  fixHere: 'What to fix here',
  nothingHere: 'Nothing',
  summary: 'How customers will remember it',
  score: (v) => (v === null ? '–' : v.toFixed(1)),
  value: (v) => String(v),
  findings: [],
  lines: { interaction: 'i', visibility: 'v', internal: 'n' },
  duration: (m) => `${m} min`,
  waitTotal: (m) => `Wait ${m} min`,
};

describe('the deck', () => {
  for (const tpl of TEMPLATES) {
    it(`${tpl.id}: card text on stage slides is 14 px or more of a 1280 × 720 slide, every card is shown, nothing leaves the slide`, () => {
      const map = buildFromTemplate(tpl, { lang: 'zh-CN', id: tpl.id, ids: idCounter(tpl.id), now: 0, laneTitle: (t) => t });
      const analysis = analyzeJourney(map);
      const deck = planDeck(map, analysis, measure);
      expect(deck[1]!.kind).toBe('overview');
      const shown: string[] = [];
      for (const spec of deck) {
        const prims = slidePrims(spec, { map, analysis, text: { ...text, findings: analysis.findings.map(() => ({ text: 'x', stepId: null })) }, measure });
        for (const r of svgTextRuns(primsToSvg(prims, 't'), measure)) {
          expect(r.x, `${spec.kind}: ${r.text}`).toBeGreaterThanOrEqual(0);
          expect(r.y, `${spec.kind}: ${r.text}`).toBeLessThanOrEqual(720);
        }
        if (spec.kind !== 'stage') continue;
        for (const p of prims) {
          if (p.t !== 'rect' || !p.text) continue;
          expect(p.text.size).toBeGreaterThanOrEqual(14);
          expect(p.x + p.w).toBeLessThanOrEqual(1280);
          expect(p.y + p.h).toBeLessThanOrEqual(720);
          shown.push(p.text.lines.join(''));
        }
      }
      expect(shown.length).toBe(map.cards.length);
    });
  }
});
