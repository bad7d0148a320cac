import { useTranslation } from 'react-i18next';
import type { Analysis, MarkedStep, Moment } from '../../domain/analysis';
import { findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { useScoreFormat } from './format';
import { showStep } from './goTo';

type MomentKey = 'analysis.peakIs' | 'analysis.endIs' | 'insight.highIs' | 'insight.lowIs';

/** Remembered score beside the average; the high, the low, the peak and the end; marked moments. */
export function Scores({ doc, analysis }: { doc: JourneyMap; analysis: Analysis }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const title = (id: string) => findStep(doc, id)?.step.title ?? '';
  const stale = (mark: 'peak' | 'end') => analysis.findings.find((f) => f.code === 'mark-stale' && f.mark === mark);
  const moment = (m: Moment | null, key: MomentKey, kind: string, mark?: 'peak' | 'end') => {
    if (!m) return null;
    const s = mark && stale(mark);
    return (
      <li data-moment={kind}>
        <button type="button" className="link" onClick={() => showStep(m.stepId)}>
          {t(key, { step: title(m.stepId), value: score(m.value) })}
        </button>
        {m.manual && <span className={`tag${s ? ' tag--warn' : ''}`}>{s && s.code === 'mark-stale' ? t('insight.staleTag', { step: title(s.dataStepId) }) : t('analysis.marked')}</span>}
      </li>
    );
  };
  const marked = (list: MarkedStep[], label: string, kind: string) => (
    <div className="marked-steps" data-testid={kind}>
      <span className="marked-steps__label">{label}</span>
      {list.length === 0 ? (
        <span className="muted"> {t('insight.noneMarked')}</span>
      ) : (
        list.map((m) => (
          <button key={m.stepId} type="button" className={`chip chip--${kind}`} onClick={() => showStep(m.stepId)}>
            {title(m.stepId)} {score(m.value)}
          </button>
        ))
      )}
    </div>
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
        {moment(analysis.high, 'insight.highIs', 'high')}
        {moment(analysis.low, 'insight.lowIs', 'low')}
        {moment(analysis.peak, 'analysis.peakIs', 'peak', 'peak')}
        {moment(analysis.end, 'analysis.endIs', 'end', 'end')}
      </ul>
      <p className="muted small">{t('insight.peakRule')}</p>
      {marked(analysis.keyMoments, t('insight.keyMoments'), 'mot')}
      {marked(analysis.surprises, t('insight.surprises'), 'surprise')}
      <dl className="facts">
        <dt>{t('analysis.scoredSteps', { scored: analysis.scored, steps: analysis.steps })}</dt>
        {analysis.weightedAverage !== null ? (
          <>
            <dt>{t('analysis.weightedAverage')}</dt>
            <dd data-testid="weighted">
              {score(analysis.weightedAverage)} <span className="muted small">{t('insight.weightedBasis', { count: analysis.weightedSteps, scored: analysis.scored })}</span>
            </dd>
          </>
        ) : (
          analysis.weightedSteps > 0 && <dt className="muted small">{t('insight.weightedHidden', { count: analysis.weightedSteps, scored: analysis.scored })}</dt>
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
