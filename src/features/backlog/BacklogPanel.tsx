import { useTranslation } from 'react-i18next';
import { exportBacklogCsv } from '../../domain/formats/backlogCsv';
import { useDocStore } from '../../store/docStore';
import * as actions from '../../store/actions';
import { downloadFile, fileName } from '../../ui/download';
import { BacklogList } from './BacklogList';
import { BacklogMatrix } from './BacklogMatrix';
import { useBacklogUi } from './backlogUi';
import './backlog.css';

/** The improvement backlog of the open map: a list to edit, an impact × effort matrix to decide. */
export function BacklogPanel() {
  const { t } = useTranslation();
  const doc = useDocStore((s) => s.doc);
  const view = useBacklogUi((s) => s.view);
  if (!doc) return null;
  const items = doc.backlog ?? [];
  return (
    <aside className="backlog-panel" aria-label={t('backlog.title')}>
      <header className="panel-header">
        <h2>{t('backlog.title')}</h2>
        <button type="button" onClick={() => useBacklogUi.setState({ open: false })} aria-label={t('backlog.close')}>
          ×
        </button>
      </header>
      <div className="button-row" role="toolbar" aria-label={t('backlog.title')}>
        <button type="button" aria-pressed={view === 'list'} onClick={() => useBacklogUi.setState({ view: 'list' })}>
          {t('backlog.list')}
        </button>
        <button type="button" aria-pressed={view === 'matrix'} onClick={() => useBacklogUi.setState({ view: 'matrix' })}>
          {t('backlog.matrix')}
        </button>
        <button type="button" onClick={() => actions.addBacklogItem(t('backlog.newTitle'))}>
          {t('backlog.add')}
        </button>
        <button type="button" disabled={!items.length} onClick={() => downloadFile(fileName(`${doc.title} ${t('backlog.title')}`, 'csv'), exportBacklogCsv(doc), 'text/csv;charset=utf-8')}>
          {t('backlog.exportCsv')}
        </button>
      </div>
      {items.length === 0 ? <p className="muted">{t('backlog.empty')}</p> : view === 'list' ? <BacklogList doc={doc} /> : <BacklogMatrix doc={doc} />}
    </aside>
  );
}
