import { it } from 'vitest';
import { buildSvg } from '../src/domain/formats/svg';
import { layoutMap, METRICS } from '../src/domain/layout';
import { routeConnections } from '../src/domain/routing';
import { estimateMeasure } from '../src/domain/wrap';
import { analyzeJourney } from '../src/domain/analysis';
import { planDeck, primsToSvg, slidePrims, type SlideText } from '../src/domain/slides';
import { generateMap } from './generate';

/**
 * Routing cost on the benchmark's maps (run: npx vitest run -c bench/routing.config.ts bench/routing.timing.ts). Prints
 * numbers, asserts nothing: timings belong here, not in unit tests.
 */
const measure = estimateMeasure(METRICS.fontSize);
const labelWidth = (s: string) => measure(s) * (12 / METRICS.fontSize);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

it('routing cost', () => {
  for (const cards of [500, 2000, 5000]) {
    const map = generateMap(cards);
    // Labels on a third of the arrows, so label placement is part of the cost.
    const connections = map.connections.map((k, i) => (i % 3 ? k : { ...k, label: '转交 hand-off' }));
    const layout = layoutMap(map, measure);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      // A fresh layout object each time, as after an edit (corridors are memoised per layout).
      const fresh = { ...layout };
      const t0 = performance.now();
      routeConnections(fresh, connections, labelWidth);
      times.push(performance.now() - t0);
    }
    const t0 = performance.now();
    buildSvg({ ...map, connections }, layout, { labels: { lines: { interaction: 'i', visibility: 'v', internal: 'n' }, peak: 'Peak', end: 'End', floor: 'Floor', failPoint: 'F', wait: 'W', persona: 'P', scenario: 'S', channel: (c) => c, duration: (m) => `${m} min`, waitTotal: (m) => `W ${m} min` }, measure, background: 'white', moments: { peak: null, end: null } });
    const svgMs = performance.now() - t0;
    console.log(`routing ${cards} cards, ${connections.length} connections: median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms; whole SVG ${svgMs.toFixed(1)} ms`);
  }
});

it('slide deck cost (plan + draw + SVG of every slide; rasterising is left to the browser)', () => {
  const text = { kind: 'k', overview: 'o', stageOf: () => 's', part: () => 'p', peak: 'Peak', end: 'End', floor: 'f', remembered: 'r', average: 'a', rememberedHelp: 'h', fixFirst: 'x', fixHere: 'x', nothingHere: 'n', summary: 's', score: (v: number | null) => String(v), value: (v: number) => String(v), findings: [], lines: { interaction: 'i', visibility: 'v', internal: 'n' }, duration: (m: number) => `${m}`, waitTotal: (m: number) => `${m}`, backlog: 'b', status: (s: string) => s, marks: { keyMoment: 'MOT', surprise: 'S' } } satisfies SlideText;
  for (const cards of [500, 5000]) {
    const map = generateMap(cards);
    const analysis = analyzeJourney(map);
    const t0 = performance.now();
    const deck = planDeck(map, analysis, measure);
    const svgs = deck.map((spec) => primsToSvg(slidePrims(spec, { map, analysis, text, measure }), 't'));
    console.log(`slides ${cards} cards: ${svgs.length} slides in ${(performance.now() - t0).toFixed(0)} ms`);
  }
});
