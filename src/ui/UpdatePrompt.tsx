import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { currentSaver } from '../store/persistence';

/**
 * The app works offline once loaded. When a new version is ready it is offered here; it never
 * reloads by itself, and Update first waits for everything to be saved.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  useEffect(() => {
    if (!offlineReady) return; // information only: it goes away by itself
    const timer = setTimeout(() => setOfflineReady(false), 6000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{needRefresh ? t('app.updateReady') : t('app.offlineReady')}</span>
      {needRefresh && (
        <button
          type="button"
          className="primary"
          onClick={async () => {
            await currentSaver()?.flush();
            await updateServiceWorker(true);
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
