import { useEffect } from 'react';
import * as actions from '../../store/actions';
import { canEdit } from '../../store/roomState';
import { useUiStore } from '../../store/uiStore';
import { isComposing, isModKey, isTextTarget } from '../../ui/keys';
import { commandForKey } from '../actions/dispatch';
import { goArrow } from './go';

export { restoreFocus } from './focus';

/** Board-wide keys: every registered command, and Delete for a selected connection. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isComposing(e) || isTextTarget(e.target)) return; // text fields keep their own keys
      // A dialog has the keyboard; a key that just opened an editor on a cell is text.
      if (useUiStore.getState().dialog || useUiStore.getState().editing || document.querySelector('dialog[open]')) return;
      const command = commandForKey(e);
      if (command) {
        e.preventDefault();
        if (!command.edits || canEdit()) command.perform();
        return;
      }
      // Focus fell to the page (its cell scrolled out and was unmounted): arrows go on from the active cell.
      const cell = useUiStore.getState().activeCell;
      if (e.target === document.body && cell && e.key.startsWith('Arrow') && !e.altKey && !isModKey(e)) {
        e.preventDefault();
        goArrow({ kind: 'cell', ...cell }, e.key);
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
