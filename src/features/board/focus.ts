import { getDoc } from '../../store/docStore';
import { useUiStore } from '../../store/uiStore';
import { focusCell } from './boardApi';

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
