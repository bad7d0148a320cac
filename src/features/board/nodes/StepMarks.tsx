import { useTranslation } from 'react-i18next';
import type { StepData } from '../buildNodes';

/** Chips on a step header: moment of truth, surprise, and open improvement items for the step. */
export function StepMarks({ data }: { data: StepData }) {
  const { t } = useTranslation();
  if (!data.keyMoment && !data.surprise && !data.backlog) return null;
  return (
    <span className="step-marks">
      {data.keyMoment && (
        <span className="mark-chip mark-chip--mot" data-mark="mot" title={t('insight.chipKeyMomentLabel')} aria-label={t('insight.chipKeyMomentLabel')}>
          {t('insight.chipKeyMoment')}
        </span>
      )}
      {data.surprise && (
        <span className="mark-chip mark-chip--surprise" data-mark="surprise" title={t('insight.chipSurpriseLabel')} aria-label={t('insight.chipSurpriseLabel')}>
          ★ {t('insight.chipSurprise')}
        </span>
      )}
      {data.backlog > 0 && (
        <span className="mark-chip mark-chip--backlog" data-mark="backlog" title={t('insight.chipBacklog', { count: data.backlog })} aria-label={t('insight.chipBacklog', { count: data.backlog })}>
          ✓ {data.backlog}
        </span>
      )}
    </span>
  );
}
