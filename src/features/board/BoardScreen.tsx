import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { appWriter } from '../../db/appWriter';
import { useDocStore } from '../../store/docStore';
import { closeSession, openSession } from '../../store/persistence';
import { startTabSync } from '../../store/tabSync';
import { resetUi, useUiStore } from '../../store/uiStore';
import '../../i18n/board';
import { BacklogSlot } from '../backlog/BacklogSlot';
import { FacilitatorSlot } from '../workshop/FacilitatorPanel';
import { WorkshopBar } from '../workshop/WorkshopBar';
import { CommentsSlot } from '../comments/CommentsSlot';
import { Inspector } from '../inspector/Inspector';
import { ShareSlot } from '../share/ShareSlot';
import { Board } from './Board';
import { SaveBanner } from './SaveBanner';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Toolbar } from './Toolbar';

// Loaded when first used: analysis (with comparison), export (PNG/PDF writers), import,
// presentation.
const AnalysisPanel = lazy(() => import('../analysis/AnalysisPanel').then((m) => ({ default: m.AnalysisPanel })));
const ExportDialog = lazy(() => import('../export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const ImportDialog = lazy(() => import('../export/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const PresentMode = lazy(() => import('../present/PresentMode').then((m) => ({ default: m.PresentMode })));

type Load = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

/** Opens one map: loads it through the validate boundary, then edits it with write-behind saving. */
export function BoardScreen({ mapId, onBack, onOpen }: { mapId: string; onBack: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const doc = useDocStore((s) => s.doc);
  const inspectorOpen = useUiStore((s) => s.inspectorOpen);
  const analysisOpen = useUiStore((s) => s.analysisOpen);
  const dialog = useUiStore((s) => s.dialog);
  const closeDialog = () => useUiStore.setState({ dialog: null });

  useEffect(() => {
    let cancelled = false;
    resetUi();
    void (async () => {
      const result = await openSession(db, mapId, appWriter(db));
      if (cancelled || (!result.ok && result.error === 'superseded')) return;
      if (!result.ok) {
        setLoad({ state: 'failed', message: result.error === 'not-found' ? t('notice.mapNotFound') : t('notice.loadFailed', { error: result.error }) });
        return;
      }
      setLoad({ state: 'ready' });
    })();
    const stopSync = startTabSync(db);
    return () => {
      cancelled = true;
      stopSync();
      void closeSession();
    };
    // t is stable per language; reloading the map on a language switch is not wanted
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mapId]);

  if (load.state === 'failed') {
    return (
      <main className="board-screen board-screen--message">
        <p role="alert">{load.message}</p>
        <button type="button" onClick={onBack}>
          {t('toolbar.backToLibrary')}
        </button>
      </main>
    );
  }
  if (load.state === 'loading' || !doc || doc.id !== mapId) {
    return <main className="board-screen board-screen--message">{t('library.loading')}</main>;
  }
  return (
    <ReactFlowProvider>
      <div className="board-screen">
        <Toolbar onBack={onBack} />
        <SaveBanner onOpen={onOpen} />
        <ShareSlot />
        <WorkshopBar />
        <main className="board-screen__body">
          <Board doc={doc} />
          {analysisOpen && (
            <Suspense fallback={null}>
              <AnalysisPanel />
            </Suspense>
          )}
          <BacklogSlot />
          <FacilitatorSlot />
          <CommentsSlot />
          {inspectorOpen && <Inspector />}
        </main>
        <Suspense fallback={null}>
          {dialog === 'export' && <ExportDialog doc={doc} onClose={closeDialog} />}
          {dialog === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
          {dialog === 'present' && <PresentMode doc={doc} onExit={closeDialog} />}
          {dialog === 'import' && (
            <ImportDialog
              onClose={closeDialog}
              onImported={(id) => {
                closeDialog();
                onOpen(id);
              }}
            />
          )}
        </Suspense>
      </div>
    </ReactFlowProvider>
  );
}
