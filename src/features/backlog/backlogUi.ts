import { create } from 'zustand';

/** Whether the backlog panel is open, and which view it shows. Not part of the document or undo. */
export const useBacklogUi = create<{ open: boolean; view: 'list' | 'matrix' }>(() => ({ open: false, view: 'list' }));
