import { flushSync } from 'react-dom';
import { canEdit } from '../../store/roomState';
import { useUiStore } from '../../store/uiStore';

/**
 * Opens an editor synchronously, inside the keydown that asked for it, so the editor has focus
 * before the browser inserts the typed character (or starts an input-method composition).
 */
export function startDraft(laneId: string, stepId: string): void {
  // A viewer gets no editor: typing changes nothing rather than seeming to.
  if (!canEdit()) return;
  flushSync(() => useUiStore.setState({ editing: { kind: 'draft', laneId, stepId }, activeCell: { laneId, stepId } }));
}

export function startEditCard(id: string): void {
  if (!canEdit()) return;
  flushSync(() => useUiStore.setState({ editing: { kind: 'card', id } }));
}

export function startRename(id: string): void {
  if (!canEdit()) return;
  flushSync(() => useUiStore.setState({ editing: { kind: 'header', id } }));
}

export function stopEditing(): void {
  useUiStore.setState({ editing: null });
}
