import { lazy, Suspense, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useDocStore } from '../../store/docStore';
import { useRoomState } from '../../store/roomState';
import { attachSession, detachSession } from './room';
import { reasonText } from './reason';
import { useShareUi } from './shareUi';
import './share.css';
import { useShareT } from './i18n';

// The dialog (with the QR code writer) loads when first opened.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

/**
 * The board screen's share corner: keeps the open map's session connected to its room (if it
 * has one), shows why a connection was refused or that sharing stopped, tells a viewer the map
 * is read-only, and hosts the Share dialog.
 */
export function ShareSlot() {
  const t = useShareT();
  const session = useDocStore((s) => s.session);
  useEffect(() => {
    if (!session) return;
    void attachSession(session);
    return () => detachSession(session);
  }, [session]);
  const open = useShareUi((s) => s.open);
  const stopped = useShareUi((s) => s.stoppedNotice);
  const connection = useRoomState((s) => s.connection);
  const reason = useRoomState((s) => s.reason);
  const viewer = useRoomState((s) => s.role === 'viewer');
  return (
    <>
      {stopped ? (
        <div className="share-banner" role="status" data-share-banner="stopped">
          <span>{t('share.stoppedByFacilitator')}</span>
          <button type="button" onClick={() => useShareUi.setState({ stoppedNotice: false })}>
            {t('share.dismiss')}
          </button>
        </div>
      ) : connection === 'refused' ? (
        <div className="share-banner" role="alert" data-share-banner="refused">
          <span>{t('share.connection.refused', { reason: reasonText(t, reason) })}</span>
        </div>
      ) : viewer ? (
        <div className="share-banner share-banner--viewer" role="note" data-share-banner="viewer">
          <span>{t('share.readOnly')}</span>
        </div>
      ) : null}
      {/* At the end of the page, as the other dialogs are: axe works out what covers what from
          the document's order (it does not know the top layer), so a dialog before the board
          would seem covered by it. */}
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <ShareDialog onClose={() => useShareUi.setState({ open: false })} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
