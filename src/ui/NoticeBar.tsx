import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/uiStore';

/** Short messages ("A map needs at least one lane."), read out by screen readers. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useUiStore((s) => s.notice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(() => useUiStore.setState({ notice: null }), 6000);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`notice notice--${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" onClick={() => useUiStore.setState({ notice: null })}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
