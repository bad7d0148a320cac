import { describe, expect, it } from 'vitest';
import { createMap } from '../../domain/create';
import * as edit from '../../domain/edit';
import { layoutMap } from '../../domain/layout';
import { estimateMeasure } from '../../domain/wrap';
import { fitViewport } from './fit';
import { LOD_ZOOM } from './lod';
import { buildScene, stepRange } from './overviewScene';

let n = 0;
const ids = () => `id${++n}`;
function wideMap(steps: number) {
  let m = createMap({ id: 'm', kind: 'blueprint', ids, now: 0, labels: { title: 'T', stage: (k) => `S${k}`, step: (k) => `Step ${k}`, lane: (t) => t } });
  for (let i = 3; i < steps; i++) m = edit.addStep(m, { stageId: m.stages[0]!.id, stepId: `x${i}`, title: `Step ${i + 1}` });
  return m;
}
const measure = estimateMeasure(14);
const minimap = { width: 220, height: 120, margin: 12 };
const band = { left: 136, top: 46 };

describe('fitViewport', () => {
  it('puts the whole map inside the pane and clear of the minimap', () => {
    const layout = layoutMap(wideMap(6), measure);
    // A pane of the map's own shape: fitted naively, the map would fill it, corner and all.
    const pane = { width: Math.round(layout.width * 0.6) + 32, height: Math.round(layout.height * 0.6) + 32 };
    const v = fitViewport(layout, pane, { minimap, band });
    const box = { x: v.x, y: v.y, r: v.x + layout.width * v.zoom, b: v.y + layout.height * v.zoom };
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.r).toBeLessThanOrEqual(pane.width);
    expect(box.b).toBeLessThanOrEqual(pane.height);
    const mm = { x: pane.width - minimap.margin - minimap.width, y: pane.height - minimap.margin - minimap.height };
    expect(box.r <= mm.x || box.b <= mm.y).toBe(true);
  });

  it('zoomed out, fits the grid beside the header bands', () => {
    const layout = layoutMap(wideMap(40), measure);
    const v = fitViewport(layout, { width: 960, height: 670 }, { minimap, band });
    expect(v.zoom).toBeLessThan(LOD_ZOOM);
    const gridLeft = v.x + layout.steps[0]!.x * v.zoom;
    const gridTop = v.y + layout.lanes[0]!.y * v.zoom;
    expect(gridLeft).toBeGreaterThanOrEqual(band.left);
    expect(gridTop).toBeGreaterThanOrEqual(band.top);
    expect(v.x + layout.width * v.zoom).toBeLessThanOrEqual(960);
  });
});

describe('the overview scene', () => {
  it('finds the steps in view and takes arrow ends from the domain path', () => {
    let m = wideMap(10);
    const steps = m.stages[0]!.steps;
    const lane = m.lanes[1]!.id;
    m = edit.addCard(m, { cardId: 'a', laneId: lane, stepId: steps[0]!.id, text: 'from' });
    m = edit.addCard(m, { cardId: 'b', laneId: lane, stepId: steps[2]!.id, text: 'to' });
    m = edit.addConnection(m, { id: 'k', from: 'a', to: 'b' });
    const layout = layoutMap(m, measure);
    expect(stepRange(layout, layout.steps[2]!.x + 1, layout.steps[4]!.x + 1)).toEqual([2, 5]);
    const scene = buildScene(m, layout, { peak: null, end: null });
    expect(scene.byStep[0]!.map((c) => c.text)).toEqual(['from']);
    const [hx, hy] = scene.arrows[0]!.head;
    const to = layout.cards.get('b')!;
    expect(hx).toBeCloseTo(to.x, 0);
    expect(hy).toBeGreaterThanOrEqual(to.y);
    expect(hy).toBeLessThanOrEqual(to.y + to.h);
  });
});
