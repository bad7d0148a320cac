import { useTranslation } from 'react-i18next';
import { useDocStore } from '../../store/docStore';
import { BacklogPanel } from './BacklogPanel';
import { useBacklogUi } from './backlogUi';

/** The toolbar button that opens the backlog, with the number of open items. */
export function BacklogToggle() {
  const { t } = useTranslation();
  const open = useBacklogUi((s) => s.open);
  const count = useDocStore((s) => (s.doc?.backlog ?? []).filter((i) => i.status !== 'done').length);
  return (
    <button type="button" aria-pressed={open} onClick={() => useBacklogUi.setState({ open: !open })}>
      {t('backlog.toggle')}
      {count > 0 && <span className="count"> {count}</span>}
    </button>
  );
}

/** Where the board screen puts the panel when it is open. */
export function BacklogSlot() {
  const open = useBacklogUi((s) => s.open);
  return open ? <BacklogPanel /> : null;
}
