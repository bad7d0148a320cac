import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/uiStore';

/** Short messages ("A map needs at least one lane."), read out by screen readers. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useUiStore((s) => s.notice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    // Long enough to reach Undo after a delete.
    const timer = setTimeout(() => useUiStore.setState({ notice: null }), notice.action ? 10000 : 6000);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`notice notice--${notice.tone}`}>
          <span>{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              className="notice__action"
              onClick={() => {
                notice.action!.run();
                useUiStore.setState({ notice: null });
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" onClick={() => useUiStore.setState({ notice: null })}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
