import { useTranslation } from 'react-i18next';
import { channelLabel } from '../../../i18n/channelLabel';
import { METRICS, laneHasField, type LaneType } from '../../../domain/lanes';
import type { Card } from '../../../domain/types';

/** Badges under a card's text: fail point, wait, channel, owner, metric, staff emotion and pain. */
export function CardMeta({ card, laneType }: { card: Card; laneType: LaneType }) {
  const { t } = useTranslation();
  const has = (f: Parameters<typeof laneHasField>[1]) => laneHasField(laneType, f);
  return (
    <div className="card__meta">
      {has('failPoint') && card.failPoint && (
        <span className="badge badge--fail" title={t('board.failPoint')} aria-label={t('board.failPoint')}>
          F
        </span>
      )}
      {has('wait') && card.waitMin !== null && (
        <span className="badge badge--wait" title={t('board.waitPoint', { min: card.waitMin })} aria-label={t('board.waitPoint', { min: card.waitMin })}>
          W {card.waitMin}′
        </span>
      )}
      {has('channel') && card.channel && <span className="chip">{channelLabel(t, card.channel)}</span>}
      {has('owner') && card.owner && <span className="chip chip--owner">{card.owner}</span>}
      {has('metric') && card.metricType && (
        <span className="chip chip--metric">
          {t(`metricShort.${card.metricType}`)} {card.metricValue ?? '–'}
          {card.metricValue !== null && METRICS[card.metricType].unit}
          {card.sampleSize !== null ? ` (n=${card.sampleSize})` : ''}
        </span>
      )}
      {has('staffEmotion') && typeof card.staffEmotion === 'number' && (
        <span className="chip chip--staff" title={t('insight.staffEmotion')}>
          {t('insight.staffCurve')} {card.staffEmotion > 0 ? '+' : card.staffEmotion < 0 ? '\u2212' : ''}
          {Math.abs(card.staffEmotion)}
        </span>
      )}
      {has('staffPain') && card.staffPain && (
        <span className="chip chip--staff-pain" title={`${t('insight.staffPain')}: ${card.staffPain}`} aria-label={`${t('insight.staffPain')}: ${card.staffPain}`}>
          {t('insight.staffPain')}
        </span>
      )}
    </div>
  );
}
