import { authorOf, mayEditStructure, touchesStructure } from '../../domain/workshop';
import { translate } from '../../i18n';
import { getIdentity } from '../../session/identity';
import { setCardAuthorship } from '../../store/authorship';
import { currentSession } from '../../store/docState';
import { addEditGuard, addHistoryGuard } from '../../store/editGuard';
import { useRoomState } from '../../store/roomState';
import { notify } from '../../store/uiStore';
import { nextStepTouchesStructure } from './historyTags';
import { useWorkshop } from './workshopStore';

/**
 * The workshop's rules on edits, installed once: while the facilitator has locked the structure,
 * nobody else's edit may change stages, steps or lanes (whatever control or key asked for it,
 * the same rule the server applies); and a new card records its author unless capture is
 * anonymous.
 */
export function structureLockedForMe(): boolean {
  return !mayEditStructure(useWorkshop.getState().state.structureLocked, useRoomState.getState().role);
}

addEditGuard((prev, next) => {
  if (!touchesStructure(prev, next) || !structureLockedForMe()) return true;
  notify(translate('workshop.lock.refused'), 'error');
  return false;
});

// Undo and redo too: taking back one's own stage rename is still a structure edit.
addHistoryGuard((kind) => {
  const um = currentSession()?.undoManager;
  if (!um || !nextStepTouchesStructure(um, kind) || !structureLockedForMe()) return true;
  notify(translate('workshop.lock.refused'), 'error');
  return false;
});

setCardAuthorship(() =>
  authorOf({ shared: useRoomState.getState().roomId !== null, anonymous: useWorkshop.getState().state.anonymous, personId: getIdentity().id }),
);
