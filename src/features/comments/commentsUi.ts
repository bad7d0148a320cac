import { create } from 'zustand';
import type { CommentTarget } from '../../domain/comments';

export type ThreadFilter = 'open' | 'resolved' | 'all';

/**
 * The comments panel: open or not, the item whose threads it shows (null: every thread, with
 * the filters), and the filters. Not part of the document or undo.
 */
export interface CommentsUi {
  open: boolean;
  target: CommentTarget | null;
  filter: ThreadFilter;
  mentionsOnly: boolean;
  /** Put the caret in the new-comment box (opened to write; not when jumping to the board). */
  focusBox: boolean;
}

export const useCommentsUi = create<CommentsUi>(() => ({ open: false, target: null, filter: 'open', mentionsOnly: false, focusBox: false }));

/** Opens the panel on one item's threads, or on the list of all threads. */
export function openComments(target: CommentTarget | null = null, focusBox = true): void {
  useCommentsUi.setState({ open: true, target, focusBox });
}

export function closeComments(): void {
  useCommentsUi.setState({ open: false, target: null });
}
