import type { ReactFlowInstance } from '@xyflow/react';
import { useUiStore } from '../../store/uiStore';

/**
 * The board's imperative side: focus and viewport. Keyboard handlers call these after a store
 * action so focus follows the thing the user is working on.
 */
let instance: ReactFlowInstance | null = null;

export function setFlowInstance(rf: ReactFlowInstance | null): void {
  instance = rf;
}

export function fitView(): void {
  void instance?.fitView({ padding: 0.05, duration: 200 });
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

/** Focuses an element of the board after React has rendered it. */
function focusLater(selector: string, tries = 5): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) {
      if (tries > 0) focusLater(selector, tries - 1);
      return;
    }
    el.focus({ preventScroll: true });
    reveal(el);
  });
}

export function focusCell(laneId: string, stepId: string): void {
  useUiStore.setState({ activeCell: { laneId, stepId } });
  focusLater(`[data-cell="${CSS.escape(`${laneId}|${stepId}`)}"]`);
}

export function focusCard(cardId: string): void {
  focusLater(`[data-card="${CSS.escape(cardId)}"]`);
}

export function focusHeader(id: string): void {
  focusLater(`[data-header="${CSS.escape(id)}"]`);
}

export function focusSlider(stepId: string): void {
  focusLater(`[data-slider="${CSS.escape(stepId)}"]`);
}
