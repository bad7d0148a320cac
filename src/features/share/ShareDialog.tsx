import { useEffect, useState } from 'react';
import type { RoomRow } from '../../db/schema';
import { getIdentity } from '../../session/identity';
import { notify } from '../../store/uiStore';
import { joinLink } from '../../sync/protocol';
import { Dialog } from '../../ui/Dialog';
import { AskName, NameField } from './AskName';
import { LinkBox } from './LinkBox';
import { reasonText } from './reason';
import { currentRoom, rotateLinks, setWorkOffline, shareOpenMap, stopSharing, whenAcknowledged } from './room';
import { hasSyncServer } from './roomApi';
import { useShareUi } from './shareUi';
import './share.css';
import { useShareT } from './i18n';

type Phase = 'checking' | 'no-server' | 'name' | 'ready' | 'creating' | 'uploading' | 'shared';

/** How long the first push of a map may take before the dialog says the server did not answer. */
const PUSH_TIMEOUT_MS = 60_000;

const appUrl = () => `${location.origin}${location.pathname}`;

/**
 * Share: makes the open map a workshop room (once), then shows its links and QR codes. The
 * facilitator also replaces the links or stops sharing; everyone can work offline for a while.
 * Without a sync server it says so and changes nothing.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useShareT();
  const [row, setRow] = useState<RoomRow | null>(currentRoom);
  const [phase, setPhase] = useState<Phase>(row ? 'shared' : 'checking');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [fullScreen, setFullScreen] = useState(false);

  useEffect(() => {
    if (phase !== 'checking') return;
    let live = true;
    void hasSyncServer(location.origin).then((ok) => {
      if (live) setPhase(!ok ? 'no-server' : getIdentity().name ? 'ready' : 'name');
    });
    return () => {
      live = false;
    };
  }, [phase]);

  const share = async () => {
    setMessage(null);
    setPhase('creating');
    const shared = await shareOpenMap(location.origin);
    if (!shared.ok) {
      setPhase('ready');
      setMessage({ text: t('share.failed', { reason: reasonText(t, shared.error) }), error: true });
      return;
    }
    setRow(shared.value);
    setPhase('uploading');
    try {
      await Promise.race([whenAcknowledged(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), PUSH_TIMEOUT_MS))]);
    } catch (error) {
      // The room exists and the map is saved here: the push finishes when the server answers.
      setMessage({ text: t('share.failed', { reason: reasonText(t, error instanceof Error ? error.message : null) }), error: true });
    }
    setPhase('shared');
  };

  const close = () => (fullScreen ? setFullScreen(false) : onClose());

  return (
    <Dialog title={t('share.title')} onClose={close} className="share-dialog">
      <div className="dialog__body" data-phase={phase}>
        {phase === 'checking' && <p role="status">{t('share.checking')}</p>}
        {phase === 'no-server' && (
          <p className="share-dialog__note" role="status">
            {t('share.noServer')}
          </p>
        )}
        {phase === 'name' && <AskName intro={t('share.askName')} onDone={() => setPhase('ready')} />}
        {(phase === 'ready' || phase === 'creating' || phase === 'uploading') && (
          <>
            <p>{t('share.intro')}</p>
            {phase !== 'ready' && <p role="status">{phase === 'creating' ? t('share.creating') : t('share.uploading')}</p>}
          </>
        )}
        {phase === 'shared' && row && <SharedRoom row={row} onRow={setRow} onMessage={setMessage} fullScreen={fullScreen} onFullScreen={setFullScreen} onStopped={onClose} />}
        {message && (
          <p className={`dialog__message ${message.error ? 'dialog__message--error' : ''}`} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
      <div className="dialog__actions">
        {phase === 'ready' && (
          <button type="button" className="primary" onClick={() => void share()}>
            {t('share.start')}
          </button>
        )}
        {phase !== 'name' && (
          <button type="button" className={phase === 'ready' ? '' : 'primary'} onClick={onClose}>
            {t('share.close')}
          </button>
        )}
      </div>
    </Dialog>
  );
}

interface SharedProps {
  row: RoomRow;
  onRow: (row: RoomRow) => void;
  onMessage: (m: { text: string; error: boolean } | null) => void;
  fullScreen: boolean;
  onFullScreen: (on: boolean) => void;
  onStopped: () => void;
}

function SharedRoom({ row, onRow, onMessage, fullScreen, onFullScreen, onStopped }: SharedProps) {
  const t = useShareT();
  const [audience, setAudience] = useState<'editor' | 'viewer'>('editor');
  const [confirmStop, setConfirmStop] = useState(false);
  const [busy, setBusy] = useState(false);
  const workOffline = useShareUi((s) => s.workOffline);
  const facilitator = row.role === 'facilitator' && row.links;
  const secret = facilitator ? row.links![audience] : row.secret;
  const link = joinLink(appUrl(), row.roomId, secret);

  const rotate = async () => {
    setBusy(true);
    onMessage(null);
    const r = await rotateLinks();
    setBusy(false);
    if (r.ok) {
      onRow(r.value);
      onMessage({ text: t('share.rotated'), error: false });
    } else onMessage({ text: t('share.failed', { reason: reasonText(t, r.error) }), error: true });
  };
  const stop = async () => {
    setBusy(true);
    const r = await stopSharing();
    setBusy(false);
    if (!r.ok) {
      onMessage({ text: t('share.failed', { reason: reasonText(t, r.error) }), error: true });
      return;
    }
    notify(t('share.stopped'));
    onStopped();
  };

  return (
    <>
      {facilitator ? (
        <fieldset className="radio-group share-dialog__audience">
          <legend>{t('share.audience')}</legend>
          <label>
            <input type="radio" name="audience" checked={audience === 'editor'} onChange={() => setAudience('editor')} /> {t('share.editorLink')}
          </label>
          <label>
            <input type="radio" name="audience" checked={audience === 'viewer'} onChange={() => setAudience('viewer')} /> {t('share.viewerLink')}
          </label>
        </fieldset>
      ) : (
        <p>
          {t('share.joinedAs', { role: t(`share.role.${row.role}`) })} {row.role === 'viewer' && t('share.viewerNote')}
        </p>
      )}
      <LinkBox
        label={facilitator ? (audience === 'editor' ? t('share.editorLink') : t('share.viewerLink')) : t('share.yourLink')}
        hint={facilitator ? (audience === 'editor' ? t('share.editorHint') : t('share.viewerHint')) : t(row.role === 'viewer' ? 'share.viewerHint' : 'share.editorHint')}
        link={link}
        fullScreen={fullScreen}
        onFullScreen={onFullScreen}
      />
      <NameField />
      <label className="share-dialog__offline">
        <input type="checkbox" checked={workOffline} onChange={(e) => setWorkOffline(e.target.checked)} aria-describedby="share-offline-hint" /> {t('share.workOffline')}
      </label>
      <p id="share-offline-hint" className="muted small">
        {t('share.workOfflineHint')}
      </p>
      {facilitator && (
        <div className="share-dialog__manage">
          <p className="muted small">{t('share.rotateHint')}</p>
          <div className="share-dialog__buttons">
            <button type="button" disabled={busy} onClick={() => void rotate()}>
              {t('share.rotate')}
            </button>
            {!confirmStop && (
              <button type="button" className="danger" disabled={busy} onClick={() => setConfirmStop(true)}>
                {t('share.stop')}
              </button>
            )}
          </div>
          {confirmStop && (
            <div className="share-dialog__confirm" role="group" aria-label={t('share.stop')}>
              <p>{t('share.stopConfirm')}</p>
              <button type="button" className="danger" disabled={busy} onClick={() => void stop()}>
                {t('share.stopYes')}
              </button>
              <button type="button" onClick={() => setConfirmStop(false)}>
                {t('share.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
    </>
  );
}
