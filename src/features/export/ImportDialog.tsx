import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../store/uiStore';
import { Dialog } from '../../ui/Dialog';
import { importFile, importedMessage, importText, type ImportOutcome } from './importFile';

/** Import from a file (JSON, CSV in UTF-8 or GBK, Mermaid) or pasted Mermaid text. */
export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (id: string) => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const pasteId = useId();
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const finish = (outcome: ImportOutcome) => {
    setBusy(false);
    if (!outcome.ok) return setError(outcome.message);
    notify(importedMessage(outcome, t));
    onImported(outcome.map.id);
  };

  return (
    <Dialog title={t('import.title')} onClose={onClose} className="import-dialog">
      <div className="dialog__body">
        <div className="field">
          <label htmlFor={fileId}>{t('import.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".json,.csv,.mmd,.mermaid,.txt,application/json,text/csv,text/plain"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setBusy(true);
              setError('');
              void importFile(file, t).then(finish);
              e.target.value = '';
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={pasteId}>{t('import.paste')}</label>
          <textarea id={pasteId} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder={'journey\n  title …\n  section …\n    … : 3 : …'} />
        </div>
        <p className="muted small">{t('import.hint')}</p>
      </div>
      <p className="dialog__message dialog__message--error" role="alert">
        {error}
      </p>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('import.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || !pasted.trim()}
          onClick={() => {
            setBusy(true);
            setError('');
            void importText(t('import.pasted'), pasted, t).then(finish);
          }}
        >
          {t('import.importText')}
        </button>
      </div>
    </Dialog>
  );
}
