import { useTranslation } from 'react-i18next';
import { useAnonymous, useIsFacilitator, useLocked } from './hooks';
import { LookHereControls } from './LookHereControls';
import { TimerControls } from './TimerControls';
import { VoteControls } from './VoteControls';
import { setAnonymous, setStructureLocked } from './workshopActions';
import { useWorkshopUi } from './workshopUi';

/**
 * The facilitator's controls for running a workshop on this map: timer, dot voting, look here,
 * the structure lock and anonymous capture. Anyone can open it to see the settings; only the
 * facilitator can change them (and the server refuses anyone else's change).
 */
export function FacilitatorPanel() {
  const { t } = useTranslation();
  const facilitator = useIsFacilitator();
  const locked = useLocked();
  const anonymous = useAnonymous();
  return (
    <aside className="workshop-panel" aria-label={t('workshop.panel')}>
      <header className="panel-header">
        <h2>{t('workshop.panel')}</h2>
        <button type="button" onClick={() => useWorkshopUi.setState({ open: false })} aria-label={t('workshop.close')}>
          ×
        </button>
      </header>
      {!facilitator && <p className="muted">{t('workshop.onlyFacilitator')}</p>}
      <fieldset className="workshop-panel__body" disabled={!facilitator}>
        <TimerControls />
        <VoteControls />
        <LookHereControls />
        <section className="workshop-section">
          <label className="workshop-check">
            <input type="checkbox" checked={locked} onChange={(e) => setStructureLocked(e.target.checked)} />
            {t('workshop.lock.label')}
          </label>
          <p className="muted workshop-hint">{t('workshop.lock.hint')}</p>
          <label className="workshop-check">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            {t('workshop.anonymous.label')}
          </label>
          <p className="muted workshop-hint">{t('workshop.anonymous.hint')}</p>
        </section>
      </fieldset>
    </aside>
  );
}

/** Where the board screen puts the panel when it is open. */
export function FacilitatorSlot() {
  const open = useWorkshopUi((s) => s.open);
  return open ? <FacilitatorPanel /> : null;
}
