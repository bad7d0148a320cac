import { create } from 'zustand';

/** Whether the facilitator panel is open: this browser's view only, never in the document. */
export const useWorkshopUi = create<{ open: boolean }>(() => ({ open: false }));

/** A slide the presentation should show (look here): `seq` makes a repeat request a new one. */
export const useSlideRequest = create<{ seq: number; index: number | null }>(() => ({ seq: 0, index: null }));

export function requestSlide(index: number): void {
  useSlideRequest.setState((s) => ({ seq: s.seq + 1, index }));
}
