import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

const GROUPS = [
  ['cell', ['typeOrEnter', 'arrows', 'tab', 'ctrlEnter', 'paste', 'escape']],
  ['card', ['enterEdit', 'shiftEnter', 'delete', 'altArrows', 'altShiftArrows', 'ctrlD', 'escapeCard']],
  ['header', ['enterRename', 'deleteHeader', 'altArrowsHeader']],
  ['slider', ['upDown', 'homeEnd', 'deleteScore']],
  ['anywhere', ['undo', 'redo', 'help']],
] as const;

/** The keyboard shortcuts, opened with "?" or the toolbar button. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} className="shortcuts-dialog">
      <div className="dialog__body">
        {GROUPS.map(([group, keys]) => (
          <section key={group}>
            <h3>{t(`shortcuts.groups.${group}`)}</h3>
            <dl className="shortcuts">
              {keys.map((k) => (
                <div key={k}>
                  <dt>
                    <kbd>{t(`shortcuts.keys.${k}`)}</kbd>
                  </dt>
                  <dd>{t(`shortcuts.does.${k}`)}</dd>
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
