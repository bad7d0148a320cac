import type * as Y from 'yjs';
import { STRUCTURE_COLLECTIONS } from '../../sync/protocol';

/** Key in an undo step's meta: the step changes stages, steps or lanes. */
export const STRUCTURE_META = 'touchesStructure';

type StackEvent = { stackItem: { meta: Map<unknown, unknown> }; changedParentTypes: Map<Y.AbstractType<unknown>, unknown> };

/**
 * Marks each undo and redo step that changes the map's structure as it is recorded, so the
 * structure lock can refuse to undo it for a non-facilitator before it happens (an undo sent
 * anyway would be an update the server refuses).
 */
export function tagStructureSteps(um: Y.UndoManager, doc: Y.Doc): () => void {
  const structure = new Set<unknown>(STRUCTURE_COLLECTIONS.map((name) => doc.getMap(name)));
  const onAdded = (event: StackEvent) => {
    for (const type of event.changedParentTypes.keys()) {
      let t: Y.AbstractType<unknown> = type;
      while (t._item) t = t._item.parent as Y.AbstractType<unknown>;
      if (structure.has(t)) {
        event.stackItem.meta.set(STRUCTURE_META, true);
        return;
      }
    }
  };
  um.on('stack-item-added', onAdded as never);
  um.on('stack-item-updated', onAdded as never);
  return () => {
    um.off('stack-item-added', onAdded as never);
    um.off('stack-item-updated', onAdded as never);
  };
}

/** Whether the next undo (or redo) would change the structure. */
export function nextStepTouchesStructure(um: Y.UndoManager, kind: 'undo' | 'redo'): boolean {
  const stack = kind === 'undo' ? um.undoStack : um.redoStack;
  return stack[stack.length - 1]?.meta.get(STRUCTURE_META) === true;
}
