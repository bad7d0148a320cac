import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { listenForUpdates, nothingUnsaved, prepareUpdate, saveEverything, type Readiness } from './updateCoordinator';

/**
 * The app works offline once loaded. When a new version is ready it is offered here; it never
 * reloads by itself. Update first has every tab save (updateCoordinator.ts); a tab the new version
 * reaches with unsaved work keeps it and offers Reload instead of reloading.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState<Exclude<Readiness, 'ready'> | null>(null);
  const [reloadPending, setReloadPending] = useState(false);
  const [busy, setBusy] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload: () => {
      if (nothingUnsaved()) location.reload();
      else setReloadPending(true);
    },
  });
  useEffect(listenForUpdates, []);
  useEffect(() => {
    if (!offlineReady) return; // information only: it goes away by itself
    const timer = setTimeout(() => setOfflineReady(false), 6000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);
  if (reloadPending) {
    return (
      <div className="update-prompt" role="status">
        <span>{t('hardening.reloadAfterSave')}</span>
        <button type="button" className="primary" onClick={() => void saveEverything().then((ok) => ok && location.reload())}>
          {t('hardening.reload')}
        </button>
      </div>
    );
  }
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{needRefresh ? t('app.updateReady') : t('app.offlineReady')}</span>
      {waiting && <span className="update-prompt__why">{t(waiting === 'unsaved-here' ? 'hardening.updateBlocked' : 'hardening.updateWaiting')}</span>}
      {needRefresh && (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const readiness = await prepareUpdate();
            setBusy(false);
            setWaiting(readiness === 'ready' ? null : readiness);
            if (readiness === 'ready') await updateServiceWorker(true);
          }}
        >
          {t('app.update')}
        </button>
      )}
      <button type="button" onClick={() => (setNeedRefresh(false), setOfflineReady(false))}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
