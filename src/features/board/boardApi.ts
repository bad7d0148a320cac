import type { ReactFlowInstance } from '@xyflow/react';
import { METRICS, type Layout, type Rect } from '../../domain/layout';
import { useUiStore } from '../../store/uiStore';
import { startRename } from './editing';
import { fitViewport } from './fit';
import { LOD_ZOOM } from './lod';
import { MINIMAP_MARGIN } from './MiniMap';
import { BAND } from './PinnedHeaders';

/**
 * The board's imperative side: focus and viewport. Keyboard handlers call these after a store
 * action so focus follows the thing the user is working on.
 */
let instance: ReactFlowInstance | null = null;
/** The board's React Flow instance, for features that move the viewport (look here). */
export const flowInstance = (): ReactFlowInstance | null => instance;
let layout: Layout | null = null;

export function setFlowInstance(rf: ReactFlowInstance | null): void {
  instance = rf;
}

/** The board's current geometry: off-screen nodes are not mounted, but the layout knows them. */
export function setBoardLayout(l: Layout | null): void {
  layout = l;
}

type Target = { cell: [string, string] } | { card: string } | { header: string } | { slider: string };

function rectFor(t: Target): Rect | null {
  if (!layout) return null;
  if ('card' in t) return layout.cards.get(t.card) ?? null;
  if ('cell' in t) {
    const lane = layout.lanes.find((l) => l.id === t.cell[0]);
    const step = layout.steps.find((s) => s.id === t.cell[1]);
    return lane && step ? { x: step.x, y: lane.y, w: step.w, h: lane.h } : null;
  }
  if ('slider' in t) {
    for (const points of layout.emotion.values()) {
      const p = points.find((q) => q.stepId === t.slider);
      const lane = layout.lanes.find((l) => layout!.emotion.get(l.id) === points);
      if (p && lane) return { x: p.x - 20, y: lane.y, w: 40, h: lane.h };
    }
    return null;
  }
  const [kind, id] = [t.header.slice(0, t.header.indexOf(':')), t.header.slice(t.header.indexOf(':') + 1)];
  if (kind === 'step') return layout.steps.find((s) => s.id === id) ?? null;
  if (kind === 'stage') return layout.stages.find((s) => s.id === id) ?? null;
  const lane = layout.lanes.find((l) => l.id === id);
  return lane ? { x: 0, y: lane.y, w: METRICS.laneHeaderWidth, h: lane.h } : null;
}

/** Brings a layout rectangle into the viewport so that its node gets mounted. */
function panTo(rect: Rect): void {
  if (!instance) return;
  const { zoom } = instance.getViewport();
  // Zoomed out, cards are drawn on a canvas: come back to a readable zoom to show the node.
  void instance.setCenter(rect.x + rect.w / 2, rect.y + rect.h / 2, { zoom: zoom < LOD_ZOOM ? 1 : zoom });
}

let fits = 0;

/**
 * Fits the map into the board's visible area (beside any open panel), clear of the minimap. The
 * board's `data-fit-requested` counts the requests and `data-fitted` the fits whose animation has
 * ended and whose view has been drawn: equal, the fitted board is there to read (the signal to
 * wait for, instead of a guessed delay).
 */
export function fitView(): void {
  const n = ++fits;
  const board = () => document.querySelector<HTMLElement>('.board');
  board()?.setAttribute('data-fit-requested', String(n));
  const pane = document.querySelector('.board .react-flow');
  if (!instance || !layout || !pane) {
    board()?.setAttribute('data-fitted', String(n)); // nothing to fit: never leave a waiter hanging
    return;
  }
  const box = pane.getBoundingClientRect();
  const { width, height } = box;
  // The corner the minimap and the zoom buttons beside it take (bottom right).
  const corner = [...pane.querySelectorAll('.minimap, .board-controls')].map((el) => el.getBoundingClientRect());
  const minimap = corner.length ? { width: box.right - Math.min(...corner.map((r) => r.left)) - MINIMAP_MARGIN, height: box.bottom - Math.min(...corner.map((r) => r.top)) - MINIMAP_MARGIN } : null;
  const viewport = fitViewport(layout, { width, height }, {
    minimap: minimap ? { width: minimap.width, height: minimap.height, margin: MINIMAP_MARGIN } : null,
    band: { left: BAND.laneWidth, top: BAND.stageHeight + BAND.stepHeight },
  });
  void instance.setViewport(viewport, { duration: 200 }).then(() => requestAnimationFrame(() => board()?.setAttribute('data-fitted', String(n))));
}

/** Pans just enough to bring a focused board element into view. */
export function reveal(el: HTMLElement): void {
  const pane = el.closest('.react-flow');
  if (!pane || !instance) return;
  const p = pane.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const margin = 24;
  let dx = 0;
  let dy = 0;
  if (r.left < p.left + margin) dx = p.left + margin - r.left;
  else if (r.right > p.right - margin) dx = Math.max(p.right - margin - r.right, p.left + margin - r.left);
  if (r.top < p.top + margin) dy = p.top + margin - r.top;
  else if (r.bottom > p.bottom - margin) dy = Math.max(p.bottom - margin - r.bottom, p.top + margin - r.top);
  if (dx || dy) {
    const vp = instance.getViewport();
    void instance.setViewport({ x: vp.x + dx, y: vp.y + dy, zoom: vp.zoom });
  }
}

/**
 * Focuses an element of the board after React has rendered it. An element outside the viewport
 * is not mounted (culling): pan to it first, from the layout, then focus it once it appears.
 */
let latestRequest = 0;

function focusLater(selector: string, target: Target, tries = 10, origin: Element | null = document.activeElement, request = ++latestRequest, then?: () => void): void {
  requestAnimationFrame(() => {
    if (request !== latestRequest) return; // a newer request (say, the next arrow key) supersedes this one
    // The user moved on (a toolbar button, the inspector, another cell, an open editor): do not
    // pull focus back, not even on the first frame, which on a busy machine can come long after
    // the user focused the next cell and started typing there.
    const now = document.activeElement;
    if (now && now !== origin && now !== document.body && now.isConnected) return;
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) {
      if (tries === 10) {
        const rect = rectFor(target);
        if (rect) panTo(rect);
      }
      if (tries > 0) focusLater(selector, target, tries - 1, origin, request, then);
      return;
    }
    // Someone already moved focus on (to this very header, say): leave what comes next to them.
    const moved = now !== origin && now !== document.body && now !== null;
    el.focus({ preventScroll: true });
    reveal(el);
    if (!moved) then?.();
  });
}

export function focusCell(laneId: string, stepId: string): void {
  useUiStore.setState({ activeCell: { laneId, stepId } });
  focusLater(`[data-cell="${CSS.escape(`${laneId}|${stepId}`)}"]`, { cell: [laneId, stepId] });
}

export function focusCard(cardId: string): void {
  focusLater(`[data-card="${CSS.escape(cardId)}"]`, { card: cardId });
}

/** Focuses a stage, step or lane header; `rename` then opens its title for typing (a new one). */
export function focusHeader(id: string, opts: { rename?: boolean } = {}): void {
  focusLater(`[data-header="${CSS.escape(id)}"]`, { header: id }, 10, document.activeElement, ++latestRequest, opts.rename ? () => startRename(id) : undefined);
}

export function focusSlider(stepId: string): void {
  focusLater(`[data-slider="${CSS.escape(stepId)}"]`, { slider: stepId });
}
