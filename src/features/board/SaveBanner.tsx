import { useTranslation } from 'react-i18next';
import { getDoc } from '../../store/docStore';
import { db } from '../../db';
import { retrySave, useSaveStatus } from '../../store/persistence';
import { keepMineAsCopy } from '../../store/tabSync';
import { downloadFile, fileName } from '../../ui/download';

function downloadCopy() {
  const doc = getDoc();
  if (doc) downloadFile(fileName(doc.title, 'json'), JSON.stringify(doc, null, 2), 'application/json');
}

/** The save state in the toolbar, and a banner with what to do when saving has stopped. */
export function SaveState() {
  const { t } = useTranslation();
  const state = useSaveStatus((s) => s.state);
  const text = state === 'saved' ? t('save.saved') : state === 'saving' ? t('save.saving') : null;
  return (
    <span className="save-state" role="status" data-state={state}>
      {text}
    </span>
  );
}

export function SaveBanner({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { state, detail } = useSaveStatus();
  const copy = async () => {
    const id = await keepMineAsCopy(db);
    if (id) onOpen(id);
  };
  if (state === 'saved' || state === 'saving') return null;
  const message = state === 'error' ? t('save.error', { detail }) : t(`save.${state}`);
  return (
    <div className="save-banner" role="alert">
      <span>{message}</span>
      {(state === 'error' || state === 'quota') && (
        <button type="button" onClick={() => void retrySave()}>
          {t('save.retry')}
        </button>
      )}
      <button type="button" onClick={downloadCopy}>
        {t('save.download')}
      </button>
      {state === 'deleted' && (
        <button type="button" onClick={() => void copy()}>
          {t('save.keepCopy')}
        </button>
      )}
      {state === 'blocked' && (
        <button type="button" onClick={() => location.reload()}>
          {t('save.reload')}
        </button>
      )}
    </div>
  );
}
