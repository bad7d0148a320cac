import { useTranslation } from 'react-i18next';
import type { Analysis, Moment } from '../../domain/analysis';
import { findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { useScoreFormat } from './format';
import { showStep } from './goTo';

/** Remembered score beside the average, then which steps are the peak and the end. */
export function Scores({ doc, analysis }: { doc: JourneyMap; analysis: Analysis }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const moment = (m: Moment | null, key: 'peakIs' | 'endIs') =>
    m && (
      <li>
        <button type="button" className="link" onClick={() => showStep(m.stepId)}>
          {t(`analysis.${key}`, { step: findStep(doc, m.stepId)?.step.title ?? '', value: score(m.value) })}
        </button>
        {m.manual && <span className="tag">{t('analysis.marked')}</span>}
      </li>
    );
  return (
    <>
      <div className="score-cards">
        <div className="score-card score-card--remembered" title={t('analysis.rememberedHelp')}>
          <span className="score-card__label">{t('analysis.remembered')}</span>
          <span className="score-card__value" data-testid="remembered">
            {score(analysis.remembered)}
          </span>
        </div>
        <div className="score-card" title={t('analysis.averageHelp')}>
          <span className="score-card__label">{t('analysis.average')}</span>
          <span className="score-card__value" data-testid="average">
            {score(analysis.average)}
          </span>
        </div>
      </div>
      <p className="muted small">{t('analysis.rememberedHelp')}</p>
      <ul className="moments">
        {moment(analysis.peak, 'peakIs')}
        {moment(analysis.end, 'endIs')}
      </ul>
      <dl className="facts">
        <dt>{t('analysis.scoredSteps', { scored: analysis.scored, steps: analysis.steps })}</dt>
        {analysis.weightedAverage !== null && (
          <>
            <dt>{t('analysis.weightedAverage')}</dt>
            <dd>{score(analysis.weightedAverage)}</dd>
          </>
        )}
        <dt>{t('analysis.belowFloor')}</dt>
        <dd>{analysis.belowFloor.length}</dd>
        <dt>{t('analysis.failPoints')}</dt>
        <dd>{analysis.failPoints.length}</dd>
        <dt>{t('analysis.totalWait')}</dt>
        <dd>{t('inspector.minutes', { count: analysis.totalWaitMin })}</dd>
      </dl>
    </>
  );
}
