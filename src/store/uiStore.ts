import { create } from 'zustand';
import { createKeyedFlag } from '../ui/keyedFlag';

/** What the inspector shows. */
export type Selection =
  | { kind: 'map' }
  | { kind: 'stage'; id: string }
  | { kind: 'step'; id: string }
  | { kind: 'lane'; id: string }
  | { kind: 'card'; id: string }
  | { kind: 'connection'; id: string };

/** A card being typed: an existing card, or a draft in a cell that becomes a card on commit. */
export type Editing =
  | { kind: 'card'; id: string }
  | { kind: 'draft'; laneId: string; stepId: string }
  | { kind: 'header'; id: string };

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** A button in the toast, e.g. Undo after a delete. */
  action?: { label: string; run: () => void };
}

export interface UiState {
  selection: Selection;
  editing: Editing | null;
  /** The cell that holds the roving tab stop. */
  activeCell: { laneId: string; stepId: string } | null;
  inspectorOpen: boolean;
  analysisOpen: boolean;
  /** The open modal dialog, if any. */
  dialog: 'export' | 'import' | 'shortcuts' | 'present' | null;
  notice: Notice | null;
}

export const useUiStore = create<UiState>(() => ({
  selection: { kind: 'map' },
  editing: null,
  activeCell: null,
  inspectorOpen: true,
  analysisOpen: false,
  dialog: null,
  notice: null,
}));

let noticeId = 0;
export function notify(text: string, tone: Notice['tone'] = 'info', action?: Notice['action']): void {
  useUiStore.setState({ notice: { id: ++noticeId, text, tone, action } });
}

export function select(selection: Selection): void {
  useUiStore.setState({ selection });
}

export function resetUi(): void {
  useUiStore.setState({ selection: { kind: 'map' }, editing: null, activeCell: null, dialog: null });
}

/*
 * Per-node views of the state above. A board node asks "am I selected / being edited / the
 * active cell?" through these, so a change wakes two nodes instead of every node's selector.
 */
export const selectedKey = createKeyedFlag();
export const editingKey = createKeyedFlag();
export const activeCellKey = createKeyedFlag();

export function selectionKey(s: Selection): string | null {
  return s.kind === 'map' ? null : `${s.kind}:${s.id}`;
}

export function editingKeyOf(e: Editing | null): string | null {
  if (!e) return null;
  return e.kind === 'draft' ? `draft:${e.laneId}|${e.stepId}` : `${e.kind}:${e.id}`;
}

useUiStore.subscribe((s, prev) => {
  if (s.selection !== prev.selection) selectedKey.set(selectionKey(s.selection));
  if (s.editing !== prev.editing) editingKey.set(editingKeyOf(s.editing));
  if (s.activeCell !== prev.activeCell) activeCellKey.set(s.activeCell ? `${s.activeCell.laneId}|${s.activeCell.stepId}` : null);
});
