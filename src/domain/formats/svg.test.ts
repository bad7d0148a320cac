import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCounter } from '../../test/fixtures';
import { analyzeJourney } from '../analysis';
import { chipSpot, floorLabelSpot, valueLabelBox, valueLabelSpot } from '../curve';
import { METRICS, emotionY, layoutMap } from '../layout';
import { routeConnections, routePath } from '../routing';
import { buildFromTemplate } from '../templates/build';
import { TEMPLATES } from '../templates/content';
import type { JourneyMap } from '../types';
import { estimateMeasure } from '../wrap';
import { buildSvg, type SvgLabels } from './svg';
import { svgTextRuns, unescapeXml } from './svgText';

const measure = estimateMeasure(METRICS.fontSize);
const labels: SvgLabels = {
  lines: { interaction: 'Line of interaction', visibility: 'Line of visibility', internal: 'Line of internal interaction' },
  peak: 'Peak',
  end: 'End',
  floor: 'Tolerance floor',
  failPoint: 'Fail point',
  wait: 'Wait',
  persona: 'Persona',
  scenario: 'Scenario',
  channel: (c) => c,
  duration: (m) => `${m} 分钟`,
  waitTotal: (m) => `等待 ${m} 分钟`,
};
const template = (id: string, lang: 'en' | 'zh-CN' | 'zh-TW'): JourneyMap => buildFromTemplate(TEMPLATES.find((t) => t.id === id)!, { lang, id: `t-${id}`, ids: idCounter(id), now: 0, laneTitle: (t) => t });
const svgOf = (map: JourneyMap) => buildSvg(map, layoutMap(map, measure), { labels, measure, background: 'white', moments: analyzeJourney(map) });

describe('the SVG export', () => {
  it('draws exactly the routed connections, no more and no fewer, in every template', () => {
    for (const tpl of TEMPLATES) {
      const map = template(tpl.id, 'zh-CN');
      const layout = layoutMap(map, measure);
      const routes = routeConnections(layout, map.connections, (s) => measure(s) * (12 / METRICS.fontSize));
      const drawn = [...svgOf(map).svg.matchAll(/<path class="connection" data-id="([^"]*)" d="([^"]*)"/g)].map((m) => [unescapeXml(m[1]!), m[2]!]);
      expect(drawn, tpl.id).toEqual(routes.map((r) => [r.id, routePath(r.points)]));
      expect(drawn.length, tpl.id).toBe(map.connections.length);
    }
  });

  it('writes step headers in the interface language, and the legend fits a narrow slice', () => {
    const map = template('broadband', 'zh-CN');
    const { svg, width } = svgOf(map);
    expect(svg).toMatch(/\d+ 分钟/);
    expect(svg).not.toMatch(/\d+ min/);
    const one = { ...map, stages: [{ ...map.stages[0]!, steps: map.stages[0]!.steps.slice(0, 1) }] };
    const narrow = svgOf(one);
    const runs = svgTextRuns(narrow.svg, measure);
    const legendTexts = ['Fail point', 'Line of internal interaction'];
    for (const t of legendTexts) {
      const run = runs.find((r) => r.text === t)!;
      expect(run.x + run.width, t).toBeLessThanOrEqual(narrow.width);
    }
    expect(width).toBeGreaterThan(narrow.width);
  });

  it('places every text run where the layout put it (the PDF text layer relies on it)', () => {
    const map = template('broadband', 'en');
    const layout = layoutMap(map, measure);
    const { svg } = svgOf(map);
    const runs = svgTextRuns(svg, measure);
    const card = map.cards[0]!;
    const box = layout.cards.get(card.id)!;
    const first = runs.find((r) => r.text === box.lines[0])!;
    // the grid is translated by the margin and the header's height
    const grid = /<g transform="translate\((\d+),(\d+)\)">/.exec(svg)!;
    expect(first.x).toBeCloseTo(Number(grid[1]) + box.x + METRICS.cardPaddingX, 0);
    expect(first.y).toBeCloseTo(Number(grid[2]) + box.y + METRICS.cardPaddingY + 15, 0);
  });
});

describe('labels around the emotion curve', () => {
  it('keep the floor label off every point even where the columns are narrower than the label (a slide of twelve steps)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 6, maxLength: 12 }), fc.integer({ min: -3, max: 0 }), (vs, floor) => {
        const points = vs.map((v, i) => ({ x: 80 + i * 95, y: emotionY(v, 0, 260) }));
        const floorY = emotionY(floor, 0, 260);
        const width = 150;
        const spot = floorLabelSpot({ points, floorY, left: 40, right: 80 + vs.length * 95, width, height: 15 });
        const box = { x0: spot.x - width / 2, x1: spot.x + width / 2, y0: spot.y - 15, y1: spot.y + 3 };
        // A point (its dot, radius 6) inside the label's box is the collision the slide showed.
        for (const p of points) expect(p.x + 6 > box.x0 && p.x - 6 < box.x1 && p.y + 6 > box.y0 && p.y - 6 < box.y1, `label at ${spot.x},${spot.y} on the point at ${p.x},${p.y}`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  const pointsArb = fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 2, maxLength: 8 }).map((vs) => vs.map((v, i) => ({ x: 110 + i * 220, y: emotionY(v, 0, 200) })));

  it('never put a value on the curve, the floor label on a point, or the chip on the floor line', () => {
    fc.assert(
      fc.property(pointsArb, fc.integer({ min: -3, max: 0 }), fc.nat(), (points, floor, pick) => {
        const floorY = emotionY(floor, 0, 200);
        const boxes = points.map((_, i) => valueLabelBox(valueLabelSpot(points, i), 18));
        // the curve between neighbours stays within their box; no value label sits on a segment's path
        boxes.forEach((b, i) => {
          const p = points[i]!;
          expect(p.x >= b.x - 2 && p.x <= b.x + b.w + 2 && p.y >= b.y - 2 && p.y <= b.y + b.h + 2, `value ${i} covers its own point`).toBe(false);
          for (const q of [points[i - 1], points[i + 1]].filter(Boolean)) {
            for (let t = 0.05; t <= 0.3; t += 0.05) {
              const x = p.x + (q!.x - p.x) * t;
              const y = p.y + (q!.y - p.y) * t;
              expect(x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h, `value ${i} on the curve`).toBe(false);
            }
          }
        });
        const spot = floorLabelSpot({ points, floorY, left: 24, right: 110 + points.length * 220, width: 110 });
        for (const p of points) expect(Math.abs(p.x - spot.x) < 55 + 12 && Math.abs(p.y - (spot.y - 4)) < 16, 'floor label on a point').toBe(false);
        const i = pick % points.length;
        const chip = chipSpot({ points, i, width: 60, floorY, top: 0, bottom: 200, avoid: boxes });
        expect(floorY > chip.y - 1 && floorY < chip.y + chip.h + 1, 'chip on the floor line').toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('arrow contrast', () => {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
  it('arrows and label borders stand out at least 3:1 from everything they run over', async () => {
    const { ARROW } = await import('./svg');
    const { LANES } = await import('../lanes');
    // cells, the emotion row, the app background, every lane colour (arrows cross lane boundaries)
    const grounds = ['#ffffff', '#fafafa', '#f6f8fa', ...Object.values(LANES).map((l) => l.color)];
    for (const g of grounds) expect(contrast(ARROW, g), g).toBeGreaterThanOrEqual(3);
  });
});
