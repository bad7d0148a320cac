import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inWindow, viewBox, windowFor, type Box } from './flowWindow';

const node = (id: string, x: number, y: number, w = 100, h = 50) => ({ id, position: { x, y }, width: w, height: h });
const edge = (source: string, target: string, x: number, y: number, w: number, h: number) => ({ source, target, data: { box: { x, y, w, h } } });

describe('the part of the map React Flow holds', () => {
  it('is the view in map coordinates, grown by one view on every side', () => {
    const view = viewBox([-1000, -200, 2], 1280, 800)!;
    expect(view).toEqual({ x0: 500, y0: 100, x1: 1140, y1: 500 });
    expect(windowFor(view, null)).toEqual({ x0: -140, y0: -300, x1: 1780, y1: 900 });
    expect(viewBox([0, 0, 1], 0, 0)).toBeNull(); // a pane not measured yet: everything
  });

  it('stays while the view pans within it and moves once the view nears its edge', () => {
    const first = windowFor(viewBox([0, 0, 1], 1000, 500), null)!;
    expect(windowFor(viewBox([-200, -100, 1], 1000, 500), first)).toBe(first);
    expect(windowFor(viewBox([-700, 0, 1], 1000, 500), first)).toBe(first);
    expect(windowFor(viewBox([-800, 0, 1], 1000, 500), first)).not.toBe(first);
    // zoomed in far, the old window is too wide to be cheap: a new one
    expect(windowFor(viewBox([0, 0, 4], 1000, 500), first)).not.toBe(first);
  });

  it('always covers the whole view (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -5_000, max: 5_000 }), fc.double({ min: 0.05, max: 2, noNaN: true })), { minLength: 1, maxLength: 30 }), (views) => {
        let current: Box | null = null;
        for (const [x, y, zoom] of views) {
          const view = viewBox([x, y, zoom], 1280, 720)!;
          current = windowFor(view, current)!;
          expect(current.x0).toBeLessThanOrEqual(view.x0);
          expect(current.y0).toBeLessThanOrEqual(view.y0);
          expect(current.x1).toBeGreaterThanOrEqual(view.x1);
          expect(current.y1).toBeGreaterThanOrEqual(view.y1);
        }
      }),
    );
  });

  it('keeps the nodes that meet it, an edge whose route does with the cards at both its ends, and the dragged node', () => {
    const box: Box = { x0: 0, y0: 0, x1: 1000, y1: 1000 };
    const nodes = [node('in', 10, 10), node('edge-of', 990, 990), node('far', 5000, 10), node('far-end', 9000, 10), node('dragged', -3000, 0), node('lines', 0, 0, 20_000, 3000)];
    const edges = [edge('in', 'far-end', 60, 30, 8940, 10), edge('far', 'far-end', 5100, 30, 3900, 10)];
    const r = inWindow(nodes, edges, box, 'dragged');
    expect(r.nodes.map((n) => n.id).sort()).toEqual(['dragged', 'edge-of', 'far-end', 'in', 'lines']);
    expect(r.edges).toEqual([edges[0]]);
    expect(inWindow(nodes, edges, null)).toEqual({ nodes, edges });
  });
});
