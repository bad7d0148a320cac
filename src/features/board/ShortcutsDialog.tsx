import { useTranslation } from 'react-i18next';
import { isMac } from '../actions/keys';
import { sheetSections } from '../actions/sheet';
import { Dialog } from '../../ui/Dialog';

/** The keyboard shortcuts, opened with "?" or the toolbar button; written from the command registry. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} className="shortcuts-dialog">
      <div className="dialog__body">
        {sheetSections(isMac()).map(({ group, rows }) => (
          <section key={group}>
            <h3>{t(`shortcuts.groups.${group}`)}</h3>
            <dl className="shortcuts">
              {rows.map((r) => (
                <div key={r.id} data-shortcut={r.id}>
                  <dt>
                    <kbd>{'text' in r.keys ? r.keys.text : t(r.keys.i18n)}</kbd>
                  </dt>
                  <dd>{t(r.does)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <p className="muted small">{t('shortcuts.ime')}</p>
      </div>
      <div className="dialog__actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
    </Dialog>
  );
}
