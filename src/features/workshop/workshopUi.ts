import { create } from 'zustand';

/** Whether the facilitator panel is open: this browser's view only, never in the document. */
export const useWorkshopUi = create<{ open: boolean }>(() => ({ open: false }));

/** A slide the presentation should show (look here): `seq` makes a repeat request a new one. */
export const useSlideRequest = create<{ seq: number; index: number | null }>(() => ({ seq: 0, index: null }));

export function requestSlide(index: number): void {
  useSlideRequest.setState((s) => ({ seq: s.seq + 1, index }));
}

/**
 * This page's id, as the author of a "look here" request: the page that asks does not move, but
 * every other page does, the facilitator's own other tabs included (the one on the projector).
 */
export const PAGE_ID = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
