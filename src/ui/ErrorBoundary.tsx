import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { exportJson } from '../domain/formats/jsonExport';
import { getDoc } from '../store/docState';
import { downloadFile, fileName } from './download';

type Screen = 'library' | 'board' | 'dialog';

interface Props {
  screen: Screen;
  children: ReactNode;
  /** Where "back" goes: the library for a screen, closing for a dialog. */
  onBack: () => void;
}

/** Downloads every map (a backup); set by the app, so ui/ needs nothing from features/. */
let downloadAll: () => Promise<unknown> = () => Promise.resolve();
export function setDownloadAll(fn: () => Promise<unknown>): void {
  downloadAll = fn;
}

/**
 * A render error in one screen or dialog shows what failed, a way back and a download of the
 * data, instead of React unmounting the whole app to a blank page.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Crashed screen={this.props.screen} error={error} onBack={this.props.onBack} />;
  }
}

/** What failed, a way back, and the data (the open map too: it may hold unsaved work). */
function Crashed({ screen, error, onBack }: { screen: Screen; error: Error; onBack: () => void }) {
  const { t } = useTranslation();
  const doc = getDoc();
  return (
    <div className={`crashed crashed--${screen}`} role="alert" data-crashed={screen}>
      <h2>{t('hardening.crashTitle', { screen: t(`hardening.screens.${screen}`) })}</h2>
      <p>{t('hardening.crashBody')}</p>
      <p className="muted small">{t('hardening.crashDetail', { error: error.message })}</p>
      <div className="crashed__actions">
        <button type="button" className="primary" onClick={onBack}>
          {screen === 'dialog' ? t('hardening.closeDialog') : t('hardening.backToLibrary')}
        </button>
        <button type="button" onClick={() => void downloadAll()}>
          {t('hardening.downloadData')}
        </button>
        {doc && (
          <button type="button" onClick={() => downloadFile(fileName(doc.title, 'json'), exportJson(doc), 'application/json')}>
            {t('hardening.downloadOpenMap')}
          </button>
        )}
      </div>
    </div>
  );
}
