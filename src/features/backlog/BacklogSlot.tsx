import { BacklogPanel } from './BacklogPanel';
import { useBacklogUi } from './backlogUi';

/** Where the board screen puts the panel when it is open. */
export function BacklogSlot() {
  const open = useBacklogUi((s) => s.open);
  return open ? <BacklogPanel /> : null;
}
