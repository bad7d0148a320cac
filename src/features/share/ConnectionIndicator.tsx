import { memo } from 'react';
import { useRoomState } from '../../store/roomState';
import { reasonText } from './reason';
import { openShareDialog } from './shareUi';
import './share.css';
import { useShareT } from './i18n';

/**
 * Where the open map stands with its room, in the toolbar: connected, syncing N changes, offline
 * (edits kept on this device) or why the server refused; and this person's role. Nothing for a
 * map nobody shared. A click opens the Share dialog (links, work offline).
 */
function ConnectionIndicatorComponent() {
  const t = useShareT();
  const connection = useRoomState((s) => s.connection);
  const pending = useRoomState((s) => s.pending);
  const reason = useRoomState((s) => s.reason);
  const role = useRoomState((s) => s.role);
  if (connection === 'local') return null;
  const text =
    connection === 'syncing'
      ? t('share.connection.syncing', { count: pending })
      : connection === 'refused'
        ? t('share.connection.refused', { reason: reasonText(t, reason) })
        : t(`share.connection.${connection}`);
  const label = t('share.connection.label', { state: text });
  return (
    <span className="room-status" data-connection={connection} data-pending={pending}>
      <button type="button" className="room-status__button" aria-label={label} data-tip={label} aria-haspopup="dialog" onClick={openShareDialog}>
        <span className="room-status__dot" aria-hidden="true" />
        <span className="room-status__text">{text}</span>
      </button>
      <span className="room-status__role" data-role={role}>
        {t(`share.roleBadge.${role}`)}
      </span>
    </span>
  );
}

export const ConnectionIndicator = memo(ConnectionIndicatorComponent);
