import { create } from 'zustand';

/**
 * The share feature's own interface state (not the room's, which is useRoomState): whether the
 * Share dialog is open, whether this person chose to work offline, and whether to tell them that
 * the facilitator stopped sharing. Kept apart so the toolbar's command can open the dialog
 * without loading the room code.
 */
export const useShareUi = create<{ open: boolean; workOffline: boolean; stoppedNotice: boolean }>(() => ({
  open: false,
  workOffline: false,
  stoppedNotice: false,
}));

export const openShareDialog = (): void => useShareUi.setState({ open: true });
