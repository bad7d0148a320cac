import { create } from 'zustand';

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
}

export interface UiState {
  selection: Selection;
  editing: Editing | null;
  /** The cell that holds the roving tab stop. */
  activeCell: { laneId: string; stepId: string } | null;
  inspectorOpen: boolean;
  analysisOpen: boolean;
  /** The open modal dialog, if any. */
  dialog: 'export' | 'import' | null;
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
export function notify(text: string, tone: Notice['tone'] = 'info'): void {
  useUiStore.setState({ notice: { id: ++noticeId, text, tone } });
}

export function select(selection: Selection): void {
  useUiStore.setState({ selection });
}

export function resetUi(): void {
  useUiStore.setState({ selection: { kind: 'map' }, editing: null, activeCell: null, dialog: null });
}
