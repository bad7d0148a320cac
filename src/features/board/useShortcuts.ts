import { useEffect } from 'react';
import { getDoc, redo, undo } from '../../store/docStore';
import * as actions from '../../store/actions';
import { useUiStore } from '../../store/uiStore';
import { isComposing, isModKey, isTextTarget } from '../../ui/keys';
import { focusCell } from './boardApi';
import { goArrow } from './go';

/** Board-wide shortcuts: undo, redo, and Delete for a selected connection. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isComposing(e) || isTextTarget(e.target)) return; // text fields keep their own undo
      const key = e.key.toLowerCase();
      const isUndo = isModKey(e) && key === 'z' && !e.shiftKey;
      const isRedo = isModKey(e) && ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey));
      if (isUndo || isRedo) {
        e.preventDefault();
        if (isUndo) undo();
        else redo();
        restoreFocus();
        return;
      }
      // Focus fell to the page (its cell scrolled out and was unmounted): arrows go on from the active cell.
      const cell = useUiStore.getState().activeCell;
      if (e.target === document.body && cell && e.key.startsWith('Arrow') && !e.altKey && !isModKey(e)) {
        e.preventDefault();
        goArrow({ kind: 'cell', ...cell }, e.key);
        return;
      }
      if (e.key === '?' && !isModKey(e) && !e.altKey) {
        e.preventDefault();
        useUiStore.setState({ dialog: 'shortcuts' });
        return;
      }
      const sel = useUiStore.getState().selection;
      if ((e.key === 'Delete' || e.key === 'Backspace') && sel.kind === 'connection') {
        e.preventDefault();
        actions.deleteConnection(sel.id);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** After undo/redo the focused card may be gone; put focus back on the grid. */
export function restoreFocus(): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const doc = getDoc();
    const cell = useUiStore.getState().activeCell;
    if (doc && cell && doc.lanes.some((l) => l.id === cell.laneId)) focusCell(cell.laneId, cell.stepId);
  });
}
