import { useTranslation } from 'react-i18next';
import { quadrant } from '../../domain/insights';
import { findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { showStep } from '../analysis/goTo';

const LEVELS = [5, 4, 3, 2, 1];

/**
 * Impact (up) × effort (right), one cell per pair of scores; quick wins sit top left. Items in one
 * cell are listed there, so nothing hides behind another dot. Each item's button says its impact
 * and effort, so the grid itself is drawn for the eye only.
 */
export function BacklogMatrix({ doc }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  const items = doc.backlog ?? [];
  return (
    <div className="backlog-matrix" role="group" aria-label={t('backlog.matrixLabel')}>
      <div className="backlog-matrix__axis backlog-matrix__axis--y" aria-hidden="true">
        {t('backlog.axisImpact')}
      </div>
      <div className="backlog-matrix__grid">
        {LEVELS.map((impact) => (
          <div key={impact} className="backlog-matrix__row">
            <span className="backlog-matrix__label" aria-hidden="true">
              {impact}
            </span>
            {[1, 2, 3, 4, 5].map((effort) => {
              const here = items.filter((i) => i.impact === impact && i.effort === effort);
              return (
                <div key={effort} className={`backlog-matrix__cell q-${quadrant({ impact, effort })}`} data-impact={impact} data-effort={effort}>
                  {here.map((i) => (
                    <button
                      key={i.id}
                      type="button"
                      className={`backlog-dot backlog-dot--${i.status}`}
                      data-backlog-dot={i.id}
                      title={t('backlog.itemAt', { title: i.title, impact, effort })}
                      aria-label={t('backlog.itemAt', { title: i.title, impact, effort })}
                      onClick={() => i.stepId && findStep(doc, i.stepId) && showStep(i.stepId)}
                    >
                      {i.title}
                    </button>
                  ))}
                </div>
              );
            })}
          </div>
        ))}
        <div className="backlog-matrix__row backlog-matrix__row--foot" aria-hidden="true">
          <span className="backlog-matrix__label" />
          {[1, 2, 3, 4, 5].map((e) => (
            <span key={e} className="backlog-matrix__label">
              {e}
            </span>
          ))}
        </div>
      </div>
      <div className="backlog-matrix__axis backlog-matrix__axis--x" aria-hidden="true">
        {t('backlog.axisEffort')}
      </div>
      <ul className="backlog-matrix__legend">
        {(['quickWin', 'majorProject', 'fillIn', 'thankless'] as const).map((q) => (
          <li key={q} className={`q-${q}`}>
            {t(`backlog.quadrants.${q}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
