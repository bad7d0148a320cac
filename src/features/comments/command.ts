import type { LucideIcon } from 'lucide-react';
import { openThreadCounts } from '../../domain/comments';
import { useDocStore } from '../../store/docStore';
import { useUiStore } from '../../store/uiStore';
import type { Command } from '../actions/registry';
import { closeComments, openComments, useCommentsUi } from './commentsUi';

/** Opens the comments of the selected card, step or stage (or all threads); closes the panel when open. */
export function toggleComments(): void {
  if (useCommentsUi.getState().open) return closeComments();
  const sel = useUiStore.getState().selection;
  openComments(sel.kind === 'card' || sel.kind === 'step' || sel.kind === 'stage' ? { kind: sel.kind, id: sel.id } : null);
}

let total: { counts: ReadonlyMap<string, number>; sum: number } | null = null;

/** The number of open threads on the map (the toolbar button's badge). */
function openTotal(counts: ReadonlyMap<string, number>): number {
  if (total?.counts !== counts) total = { counts, sum: [...counts.values()].reduce((a, b) => a + b, 0) };
  return total.sum;
}

/** The registry entry (the icon is passed in so the registry keeps one import list of icons). */
export function commentsCommand(icon: LucideIcon): Command {
  return {
    id: 'comments',
    label: 'comments.toggle',
    icon,
    group: 'view',
    // Ctrl+Alt+M, as "insert comment" in the office suites people know.
    keys: [{ key: 'm', mod: true, alt: true }],
    perform: toggleComments,
    useStatus: () => ({ pressed: useCommentsUi((s) => s.open) }),
    useBadge: () => useDocStore((s) => (s.doc ? openTotal(openThreadCounts(s.doc)) : 0)),
  };
}
