import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleRegion } from '../../domain/workshop';
import { notify } from '../../store/uiStore';
import { flowInstance } from '../board/boardApi';
import { showTarget } from './useLookHere';
import { lookHere } from './workshopActions';

/** "Everyone look here": bring every participant to the facilitator's view or to a slide. */
export function LookHereControls() {
  const { t } = useTranslation();
  const id = useId();
  const [slide, setSlide] = useState(1);
  const toRegion = () => {
    const rf = flowInstance();
    const pane = document.querySelector('.board .react-flow')?.getBoundingClientRect();
    if (!rf || !pane) return;
    if (lookHere(visibleRegion(rf.getViewport(), pane))) notify(t('workshop.look.sent'), 'info');
  };
  const toSlide = () => {
    const target = { kind: 'slide', index: slide - 1 } as const;
    if (lookHere(target)) showTarget(target);
  };
  return (
    <section className="workshop-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('workshop.look.title')}</h3>
      <div className="button-row">
        <button type="button" onClick={toRegion}>
          {t('workshop.look.region')}
        </button>
      </div>
      <div className="button-row">
        <label htmlFor={`${id}-slide`}>{t('workshop.look.slide')}</label>
        <input id={`${id}-slide`} className="workshop-number" type="number" min={1} max={999} value={slide} onChange={(e) => setSlide(Math.max(1, Number(e.target.value) || 1))} />
        <button type="button" onClick={toSlide}>
          {t('workshop.look.toSlide')}
        </button>
      </div>
    </section>
  );
}
